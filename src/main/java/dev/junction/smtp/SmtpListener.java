package dev.junction.smtp;

import dev.junction.config.Listen;
import dev.junction.config.Setting;
import dev.junction.net.ConnectionLimits;
import dev.junction.net.TcpListener;

import java.io.IOException;
import java.net.Socket;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One bound SMTP port in one {@link ListenerRole}: a {@link TcpListener} running an
 * {@link SmtpSession} per connection. Connections over the limits get 421 at once.
 */
final class SmtpListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.smtp");

    private final ListenerRole role;
    private final TcpListener listener;

    SmtpListener(ListenerRole role, Listen listen, SmtpContext ctx, ConnectionLimits limits) throws IOException {
        this.role = role;
        this.listener = new TcpListener("smtp", role.name(), listen, limits,
                (socket, id) -> new SmtpSession(ctx, role, socket, id).run(), this::refuse);
    }

    int port() {
        return listener.port();
    }

    /** The whole node at its limit is worth a warning; one busy client is not. */
    private void refuse(Socket socket, String id, ConnectionLimits.Limit limit) throws IOException {
        Setting<Integer> setting = limit == ConnectionLimits.Limit.TOTAL
                ? SmtpSettings.MAX_CONNECTIONS : SmtpSettings.MAX_CONNECTIONS_PER_IP;
        LOG.log(limit == ConnectionLimits.Limit.TOTAL ? Level.WARNING : Level.INFO, () -> "session " + id + ": "
                + socket.getInetAddress().getHostAddress() + " refused, " + setting.key() + " reached");
        // On the implicit TLS port the client expects a handshake, so it only sees the close.
        if (!role.implicitTls()) socket.getOutputStream().write(SmtpError.TOO_MANY_CONNECTIONS.reply().wire());
    }

    /** Stops accepting and closes every open connection. */
    @Override
    public void close() {
        listener.close();
    }
}
