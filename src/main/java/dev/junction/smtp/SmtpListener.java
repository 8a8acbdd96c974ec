package dev.junction.smtp;

import dev.junction.config.Listen;
import dev.junction.config.Setting;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One bound SMTP port in one {@link ListenerRole}: accepts connections on a virtual thread and
 * runs each session on its own. Connections over the limits get 421 at once.
 */
final class SmtpListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.smtp");
    private static final AtomicLong SESSIONS = new AtomicLong();

    private final ListenerRole role;
    private final SmtpContext ctx;
    private final ConnectionLimits limits;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final String idPrefix = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);

    SmtpListener(ListenerRole role, Listen listen, SmtpContext ctx, ConnectionLimits limits) throws IOException {
        this.role = role;
        this.ctx = ctx;
        this.limits = limits;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(listen.host(), listen.port()), 128);
        Thread.ofVirtual().name("smtp-" + role.name().toLowerCase() + "-accept").start(this::acceptLoop);
        LOG.info(() -> "SMTP " + role + " listening on " + server.getLocalSocketAddress());
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().name("smtp-" + role.name().toLowerCase()).start(() -> serve(socket));
            } catch (IOException e) {
                if (!server.isClosed()) LOG.log(Level.WARNING, "SMTP " + role + " accept failed", e);
            }
        }
    }

    private void serve(Socket socket) {
        InetAddress client = socket.getInetAddress();
        String id = idPrefix + Long.toString(SESSIONS.incrementAndGet(), 36);
        Setting<Integer> limit = limits.acquire(client);
        if (limit != null) {
            refuse(socket, id, limit);
            return;
        }
        open.add(socket);
        try {
            new SmtpSession(ctx, role, socket, id).run();
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": cannot start", e);
        } finally {
            open.remove(socket);
            limits.release(client);
            try {
                socket.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "session " + id + ": close", e);
            }
        }
    }

    /** The whole node at its limit is worth a warning; one busy client is not. */
    private void refuse(Socket socket, String id, Setting<Integer> limit) {
        LOG.log(limit == SmtpSettings.MAX_CONNECTIONS ? Level.WARNING : Level.INFO, () -> "session " + id + ": "
                + socket.getInetAddress().getHostAddress() + " refused, " + limit.key() + " reached");
        try (socket) {
            // On the implicit TLS port the client expects a handshake, so it only sees the close.
            if (!role.implicitTls()) socket.getOutputStream().write(SmtpError.TOO_MANY_CONNECTIONS.reply().wire());
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": refusal not sent", e);
        }
    }

    /** Stops accepting and closes every open connection. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "SMTP " + role + " close", e);
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "SMTP " + role + " close connection", e);
            }
        }
    }
}
