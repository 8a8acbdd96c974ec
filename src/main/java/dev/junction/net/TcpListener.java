package dev.junction.net;

import dev.junction.config.Listen;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One bound port: accepts on a virtual thread and serves each connection on its own, counted
 * against the {@link ConnectionLimits}. A connection over a limit goes to the {@link Refusal}
 * instead (which may write a protocol reply); the listener closes it either way. Close stops
 * accepting and closes every open connection.
 */
public final class TcpListener implements AutoCloseable {

    private static final AtomicLong SESSIONS = new AtomicLong();

    /** Runs one session; the listener closes the socket afterwards. */
    public interface Session {
        void serve(Socket socket, String sessionId) throws IOException;
    }

    /** Tells a client over a limit so, if the protocol can (the socket is closed afterwards). */
    public interface Refusal {
        void refuse(Socket socket, String sessionId, ConnectionLimits.Limit limit) throws IOException;
    }

    private final Logger log;
    private final String label;
    private final String threadName;
    private final ConnectionLimits limits;
    private final Session session;
    private final Refusal refusal;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final String idPrefix = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);

    /**
     * @param protocol "smtp", "pop3": the logger (junction.smtp) and thread names
     * @param role     which of the protocol's listeners this is ("mx", "pop3s")
     */
    public TcpListener(String protocol, String role, Listen listen, ConnectionLimits limits, Session session,
                       Refusal refusal) throws IOException {
        this.log = Logger.getLogger("junction." + protocol);
        this.label = protocol.toUpperCase(Locale.ROOT) + " " + role.toUpperCase(Locale.ROOT);
        this.threadName = protocol + "-" + role.toLowerCase(Locale.ROOT);
        this.limits = limits;
        this.session = session;
        this.refusal = refusal;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(listen.host(), listen.port()), 128);
        Thread.ofVirtual().name(threadName + "-accept").start(this::acceptLoop);
        log.info(() -> label + " listening on " + server.getLocalSocketAddress());
    }

    /** The bound port (the real one when configured as 0). */
    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().name(threadName).start(() -> serve(socket));
            } catch (IOException e) {
                if (!server.isClosed()) log.log(Level.WARNING, label + " accept failed", e);
            }
        }
    }

    private void serve(Socket socket) {
        InetAddress client = socket.getInetAddress();
        String id = idPrefix + Long.toString(SESSIONS.incrementAndGet(), 36);
        ConnectionLimits.Limit limit = limits.acquire(client);
        if (limit != null) {
            try (socket) {
                refusal.refuse(socket, id, limit);
            } catch (IOException e) {
                log.log(Level.FINE, "session " + id + ": refusal not sent", e);
            }
            return;
        }
        open.add(socket);
        try {
            session.serve(socket, id);
        } catch (IOException e) {
            log.log(Level.FINE, "session " + id + ": cannot start", e);
        } finally {
            open.remove(socket);
            limits.release(client);
            try {
                socket.close();
            } catch (IOException e) {
                log.log(Level.FINE, "session " + id + ": close", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            log.log(Level.FINE, label + " close", e);
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                log.log(Level.FINE, label + " close connection", e);
            }
        }
    }
}
