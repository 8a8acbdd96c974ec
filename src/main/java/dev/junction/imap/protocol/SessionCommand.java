package dev.junction.imap.protocol;

import java.util.List;
import java.util.Map;

/** Commands about the connection and session rather than a mailbox (RFC 9051 6.1, 6.2, 6.3.1-2, 6.4.1). */
public sealed interface SessionCommand extends ImapCommand {

    record Capability() implements SessionCommand {
    }

    record Noop() implements SessionCommand {
    }

    record Logout() implements SessionCommand {
    }

    record StartTls() implements SessionCommand {
    }

    /**
     * @param initialResponse the SASL-IR initial response (RFC 4959) as sent, base64; "" for
     *                        {@code =} (empty response); null when absent
     */
    record Authenticate(String mechanism, String initialResponse) implements SessionCommand {
    }

    record Login(String user, String password) implements SessionCommand {
    }

    /** RFC 5161; capability names in upper case. */
    record Enable(List<String> capabilities) implements SessionCommand {
    }

    /** RFC 2971; {@code ID NIL} is an empty map; values may be null (NIL). */
    record Id(Map<String, String> parameters) implements SessionCommand {
    }

    /** RFC 2177; the session then reads {@code DONE} with {@link CommandParser#readLine()}. */
    record Idle() implements SessionCommand {
    }

    /** RFC 2342. */
    record Namespace() implements SessionCommand {
    }

    record Check() implements SessionCommand {
    }

    record Close() implements SessionCommand {
    }

    /** RFC 3691. */
    record Unselect() implements SessionCommand {
    }
}
