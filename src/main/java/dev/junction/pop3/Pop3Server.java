package dev.junction.pop3;

import dev.junction.auth.AuthThrottle;
import dev.junction.config.Config;
import dev.junction.config.Listen;
import dev.junction.config.NodeSettings;
import dev.junction.directory.Directory;
import dev.junction.net.ConnectionLimits;
import dev.junction.net.TcpListener;
import dev.junction.net.WriteWatchdog;
import dev.junction.store.BlobStore;
import dev.junction.store.MailboxMessages;
import dev.junction.store.Maildrops;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The POP3 server: the pop3.listen (STLS) and pop3.pop3s_listen (implicit TLS) listeners,
 * sharing the connection limits.
 * <pre>
 *   Pop3Server pop3 = new Pop3Server(config, directory, store, store, blobs, () -> sslContext, authThrottle);
 *   pop3.start();
 *   int port = pop3.port(Pop3Role.POP3).orElseThrow();
 * </pre>
 */
public final class Pop3Server implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.pop3");

    private final Config config;
    private final Pop3Context ctx;
    private final ConnectionLimits limits;
    private final Map<Pop3Role, TcpListener> listeners = new EnumMap<>(Pop3Role.class);

    /**
     * @param maildrops the maildrop view and lock; {@code messages} removes what QUIT deletes
     * @param tls       the server's TLS context, asked for at each handshake; null when the node
     *                  has none: no STLS, no pop3s listener
     * @param throttle  counts login failures per client and login, shared with the other protocols
     */
    public Pop3Server(Config config, Directory directory, Maildrops maildrops, MailboxMessages messages,
                      BlobStore blobs, Supplier<SSLContext> tls, AuthThrottle throttle) {
        this.config = config;
        this.ctx = new Pop3Context(NodeSettings.hostname(config), directory, maildrops, messages, blobs, tls,
                config.get(Pop3Settings.ALLOW_PLAINTEXT_AUTH), config.get(Pop3Settings.MAX_LINE_LENGTH),
                config.get(Pop3Settings.MAX_ERRORS), config.get(Pop3Settings.MAX_AUTH_FAILURES),
                config.get(Pop3Settings.IDLE_TIMEOUT), throttle,
                new WriteWatchdog("pop3", config.get(Pop3Settings.IDLE_TIMEOUT)));
        this.limits = new ConnectionLimits(config.get(Pop3Settings.MAX_CONNECTIONS),
                config.get(Pop3Settings.MAX_CONNECTIONS_PER_IP));
    }

    /** Binds every enabled listener; on failure, closes those already bound. */
    public void start() throws IOException {
        try {
            for (Pop3Role role : Pop3Role.values()) {
                Listen listen = config.get(role.listen());
                if (!listen.enabled()) continue;
                if (role.implicitTls() && !ctx.tlsAvailable()) {
                    LOG.warning(() -> "POP3 " + role + " not started: no TLS certificate");
                    continue;
                }
                listeners.put(role, new TcpListener("pop3", role.name(), listen, limits,
                        (socket, id) -> new Pop3Session(ctx, role, socket, id).run(),
                        (socket, id, limit) -> refuse(role, socket, id, limit)));
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** The port a role's listener is bound to (the real one when configured as 0), if it runs. */
    public OptionalInt port(Pop3Role role) {
        TcpListener l = listeners.get(role);
        return l == null ? OptionalInt.empty() : OptionalInt.of(l.port());
    }

    /** The whole node at its limit is worth a warning; one busy client is not. */
    private static void refuse(Pop3Role role, Socket socket, String id, ConnectionLimits.Limit limit) throws IOException {
        String key = (limit == ConnectionLimits.Limit.TOTAL ? Pop3Settings.MAX_CONNECTIONS
                : Pop3Settings.MAX_CONNECTIONS_PER_IP).key();
        LOG.log(limit == ConnectionLimits.Limit.TOTAL ? Level.WARNING : Level.INFO, () -> "session " + id + ": "
                + socket.getInetAddress().getHostAddress() + " refused, " + key + " reached");
        // On the implicit TLS port the client expects a handshake, so it only sees the close.
        if (!role.implicitTls()) {
            socket.getOutputStream().write((Pop3Error.TOO_MANY_CONNECTIONS.line() + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Open POP3 connections on all listeners together. */
    public int openConnections() {
        return limits.open();
    }

    @Override
    public void close() {
        listeners.values().forEach(TcpListener::close);
        listeners.clear();
        ctx.watchdog().close();
    }
}
