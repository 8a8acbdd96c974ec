package dev.junction.log;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line per message event, the way administrators grep a maillog:
 * {@code <queue id>: <event> key=value ...}. Values that may contain spaces are quoted.
 * Events: received, queued, delivered, deferred, bounced, expired, deleted, held, released.
 */
public final class MailLog {

    private static final Logger LOG = Logger.getLogger("junction.mail");

    private MailLog() {
    }

    /** Logs {@code queueId: event k1=v1 k2=v2 ...}; pairs are given as alternating key, value. */
    public static void event(String queueId, String event, Object... pairs) {
        if (!LOG.isLoggable(Level.INFO)) return;
        LOG.info(format(queueId, event, pairs));
    }

    static String format(String queueId, String event, Object... pairs) {
        StringBuilder b = new StringBuilder(96).append(queueId).append(": ").append(event);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            b.append(' ').append(pairs[i]).append('=');
            String v = String.valueOf(pairs[i + 1]);
            if (v.isEmpty() || v.chars().anyMatch(c -> c == ' ' || c == '"' || c < 0x20)) {
                b.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }
}
