package dev.junction.net;

import dev.junction.config.Config;
import dev.junction.config.Listen;
import dev.junction.config.Setting;

import java.io.IOException;
import java.net.Socket;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The listeners of one mail-reading protocol (POP3, IMAP): a plain port with an in-protocol TLS
 * upgrade and an implicit TLS port, sharing one set of {@link ConnectionLimits}. A connection
 * over a limit hears the protocol's refusal line on the plain port; on the implicit TLS port the
 * client expects a handshake, so it only sees the close.
 *
 * @param <R> the protocol's listener roles
 */
public final class ListenerGroup<R extends Enum<R> & ListenerGroup.Role> implements AutoCloseable {

    /** One listener of the protocol: its setting, and whether TLS starts before the greeting. */
    public interface Role {
        Setting<Listen> listen();

        boolean implicitTls();
    }

    /** Runs one session of a role. */
    @FunctionalInterface
    public interface Sessions<R> {
        void serve(R role, Socket socket, String sessionId) throws IOException;
    }

    private final String protocol;
    private final Logger log;
    private final Class<R> roles;
    private final Setting<Integer> maxConnections;
    private final Setting<Integer> maxConnectionsPerIp;
    private final byte[] refusal;
    private final ConnectionLimits limits;
    private final Map<R, TcpListener> listeners;

    /**
     * @param protocol the logger (junction.pop3) and thread names
     * @param refusal  the line a client over a limit reads on the plain port, with CRLF
     */
    public ListenerGroup(String protocol, Class<R> roles, Config config, Setting<Integer> maxConnections,
                         Setting<Integer> maxConnectionsPerIp, byte[] refusal) {
        this.protocol = protocol;
        this.log = Logger.getLogger("junction." + protocol);
        this.roles = roles;
        this.maxConnections = maxConnections;
        this.maxConnectionsPerIp = maxConnectionsPerIp;
        this.refusal = refusal.clone();
        this.limits = new ConnectionLimits(config.get(maxConnections), config.get(maxConnectionsPerIp));
        this.listeners = new EnumMap<>(roles);
    }

    /**
     * Binds every enabled listener; an implicit TLS one only when the node has a certificate. On
     * failure, closes those already bound.
     */
    public void start(Config config, boolean tlsAvailable, Sessions<R> sessions) throws IOException {
        try {
            for (R role : roles.getEnumConstants()) {
                Listen listen = config.get(role.listen());
                if (!listen.enabled()) continue;
                if (role.implicitTls() && !tlsAvailable) {
                    log.warning(() -> protocol.toUpperCase(Locale.ROOT) + " " + role + " not started: no TLS certificate");
                    continue;
                }
                listeners.put(role, new TcpListener(protocol, role.name(), listen, limits,
                        (socket, id) -> sessions.serve(role, socket, id),
                        (socket, id, limit) -> refuse(role, socket, id, limit)));
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** The port a role's listener is bound to (the real one when configured as 0), if it runs. */
    public OptionalInt port(R role) {
        TcpListener l = listeners.get(role);
        return l == null ? OptionalInt.empty() : OptionalInt.of(l.port());
    }

    /** Open connections on all the group's listeners together. */
    public int openConnections() {
        return limits.open();
    }

    /** The whole node at its limit is worth a warning; one busy client is not. */
    private void refuse(R role, Socket socket, String id, ConnectionLimits.Limit limit) throws IOException {
        String key = (limit == ConnectionLimits.Limit.TOTAL ? maxConnections : maxConnectionsPerIp).key();
        log.log(limit == ConnectionLimits.Limit.TOTAL ? Level.WARNING : Level.INFO, () -> "session " + id + ": "
                + socket.getInetAddress().getHostAddress() + " refused, " + key + " reached");
        if (!role.implicitTls()) socket.getOutputStream().write(refusal);
    }

    @Override
    public void close() {
        listeners.values().forEach(TcpListener::close);
        listeners.clear();
    }
}
