package dev.junction.smtp;

import dev.junction.auth.AuthThrottle;
import dev.junction.config.Config;
import dev.junction.config.ConfigException;
import dev.junction.config.Listen;
import dev.junction.config.NodeSettings;
import dev.junction.directory.Directory;
import dev.junction.mail.MailAddress;
import dev.junction.queue.Spool;
import dev.junction.net.ConnectionLimits;
import dev.junction.net.WriteWatchdog;
import dev.junction.store.BlobStore;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The inbound SMTP server: one listener per enabled {@link ListenerRole} (smtp.listen,
 * smtp.submission_listen, smtp.submissions_listen), all sharing the connection limits.
 * <pre>
 *   SmtpServer smtp = new SmtpServer(config, directory, blobs, spool, () -> sslContext, authThrottle);
 *   smtp.start();
 *   int mx = smtp.port(ListenerRole.MX).orElseThrow();
 * </pre>
 */
public final class SmtpServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.smtp");

    private final Config config;
    private final SmtpContext ctx;
    private final ConnectionLimits limits;
    private final Map<ListenerRole, SmtpListener> listeners = new EnumMap<>(ListenerRole.class);

    /**
     * @param tls the server's TLS context, asked for at each handshake (so a renewed certificate
     *            takes effect); null when the node has none: no STARTTLS, no submissions port
     * @param throttle counts AUTH failures per client and login, shared with the other protocols
     * @throws ConfigException naming every bad block in smtp.relay_networks and a smtp.postmaster
     *                         that is not an address
     */
    public SmtpServer(Config config, Directory directory, BlobStore blobs, Spool spool, Supplier<SSLContext> tls,
                      AuthThrottle throttle) {
        this.config = config;
        List<String> problems = new ArrayList<>();
        List<CidrBlock> relayNetworks = relayNetworks(config, problems);
        MailAddress postmaster = postmaster(config, problems);
        if (!problems.isEmpty()) throw new ConfigException(problems);
        this.ctx = new SmtpContext(NodeSettings.hostname(config), directory, blobs, spool, tls, relayNetworks,
                config.get(SmtpSettings.ALLOW_PLAINTEXT_AUTH), config.get(SmtpSettings.MAX_LINE_LENGTH),
                config.get(SmtpSettings.MAX_MESSAGE_SIZE), config.get(SmtpSettings.MAX_RECIPIENTS),
                config.get(SmtpSettings.MAX_ERRORS), config.get(SmtpSettings.MAX_AUTH_FAILURES),
                config.get(SmtpSettings.IDLE_TIMEOUT), postmaster,
                config.get(SmtpSettings.ENFORCE_SENDER_LOGIN), throttle, new WriteWatchdog("smtp", config.get(SmtpSettings.IDLE_TIMEOUT)));
        this.limits = new ConnectionLimits(config.get(SmtpSettings.MAX_CONNECTIONS),
                config.get(SmtpSettings.MAX_CONNECTIONS_PER_IP));
    }

    /** Binds every enabled listener; on failure, closes those already bound. */
    public void start() throws IOException {
        try {
            for (ListenerRole role : ListenerRole.values()) {
                Listen listen = config.get(role.listen());
                if (!listen.enabled()) continue;
                if (role.implicitTls() && !ctx.tlsAvailable()) {
                    LOG.warning(() -> "SMTP " + role + " not started: no TLS certificate");
                    continue;
                }
                listeners.put(role, new SmtpListener(role, listen, ctx, limits));
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** The port a role's listener is bound to (the real one when configured as 0), if it runs. */
    public OptionalInt port(ListenerRole role) {
        SmtpListener l = listeners.get(role);
        return l == null ? OptionalInt.empty() : OptionalInt.of(l.port());
    }

    /** Open SMTP connections on all listeners together. */
    public int openConnections() {
        return limits.open();
    }

    @Override
    public void close() {
        listeners.values().forEach(SmtpListener::close);
        listeners.clear();
        ctx.watchdog().close();
    }

    private static MailAddress postmaster(Config config, List<String> problems) {
        String text = config.get(SmtpSettings.POSTMASTER).strip();
        if (text.isEmpty()) return null;
        try {
            return MailAddress.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(SmtpSettings.POSTMASTER.key() + ": not an address: " + text);
            return null;
        }
    }

    private static List<CidrBlock> relayNetworks(Config config, List<String> problems) {
        List<CidrBlock> blocks = new ArrayList<>();
        for (String text : config.get(SmtpSettings.RELAY_NETWORKS)) {
            try {
                blocks.add(CidrBlock.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add(SmtpSettings.RELAY_NETWORKS.key() + ": " + e.getMessage());
            }
        }
        return List.copyOf(blocks);
    }
}
