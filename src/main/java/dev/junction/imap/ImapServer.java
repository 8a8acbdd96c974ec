package dev.junction.imap;

import dev.junction.auth.AuthThrottle;
import dev.junction.config.Config;
import dev.junction.config.Listen;
import dev.junction.config.NodeSettings;
import dev.junction.directory.Directory;
import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.ProtocolLimits;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.net.ConnectionLimits;
import dev.junction.net.TcpListener;
import dev.junction.net.WriteWatchdog;
import dev.junction.store.BlobStore;
import dev.junction.store.MailStore;
import dev.junction.store.MailboxChanges;
import dev.junction.store.MailboxMessages;
import dev.junction.store.MailboxTree;
import dev.junction.store.MessageStructureCache;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.Socket;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The IMAP server: the imap.listen (STARTTLS) and imap.imaps_listen (implicit TLS) listeners,
 * sharing the connection limits.
 * <pre>
 *   ImapServer imap = new ImapServer(config, directory, store, store, store, store.changes(), blobs, store,
 *           () -> ssl, throttle);
 *   imap.start();
 *   int port = imap.port(ImapRole.IMAP).orElseThrow();
 * </pre>
 */
public final class ImapServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.imap");

    private final Config config;
    private final ImapContext ctx;
    private final ConnectionLimits limits;
    private final Map<ImapRole, TcpListener> listeners = new EnumMap<>(ImapRole.class);

    /**
     * @param structures where parsed message structures are kept (the mail store)
     * @param tls        the server's TLS context, asked for at each handshake; null when the node has
     *                   none: no STARTTLS, no imaps listener
     * @param throttle   counts login failures per client and login, shared with the other protocols
     */
    public ImapServer(Config config, Directory directory, MailStore store, MailboxTree tree, MailboxMessages messages,
                      MailboxChanges changes, BlobStore blobs, MessageStructureCache structures,
                      Supplier<SSLContext> tls, AuthThrottle throttle) {
        this.config = config;
        ProtocolLimits protocolLimits = new ProtocolLimits(config.get(ImapSettings.MAX_LINE_LENGTH),
                config.get(ImapSettings.MAX_LITERAL_SIZE), Math.toIntExact(config.get(ImapSettings.MAX_COMMAND_SIZE)),
                32, config.get(ImapSettings.LITERAL_MINUS));
        this.ctx = new ImapContext(NodeSettings.hostname(config), directory, store, tree, messages, changes, blobs,
                new MessageStructures(blobs, structures), tls, config.get(ImapSettings.ALLOW_PLAINTEXT_AUTH), protocolLimits,
                config.get(ImapSettings.IDLE_TIMEOUT), config.get(ImapSettings.MAX_ERRORS),
                config.get(ImapSettings.MAX_AUTH_FAILURES), throttle,
                new WriteWatchdog("imap", config.get(ImapSettings.IDLE_TIMEOUT)));
        this.limits = new ConnectionLimits(config.get(ImapSettings.MAX_CONNECTIONS),
                config.get(ImapSettings.MAX_CONNECTIONS_PER_IP));
    }

    /** Binds every enabled listener; on failure, closes those already bound. */
    public void start() throws IOException {
        try {
            for (ImapRole role : ImapRole.values()) {
                Listen listen = config.get(role.listen());
                if (!listen.enabled()) continue;
                if (role.implicitTls() && !ctx.tlsAvailable()) {
                    LOG.warning(() -> "IMAP " + role + " not started: no TLS certificate");
                    continue;
                }
                listeners.put(role, new TcpListener("imap", role.name(), listen, limits,
                        (socket, id) -> new ImapSession(ctx, role, socket, id).run(),
                        (socket, id, limit) -> refuse(role, socket, id, limit)));
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** The port a role's listener is bound to (the real one when configured as 0), if it runs. */
    public OptionalInt port(ImapRole role) {
        TcpListener l = listeners.get(role);
        return l == null ? OptionalInt.empty() : OptionalInt.of(l.port());
    }

    /** The whole node at its limit is worth a warning; one busy client is not. */
    private static void refuse(ImapRole role, Socket socket, String id, ConnectionLimits.Limit limit) throws IOException {
        String key = (limit == ConnectionLimits.Limit.TOTAL ? ImapSettings.MAX_CONNECTIONS
                : ImapSettings.MAX_CONNECTIONS_PER_IP).key();
        LOG.log(limit == ConnectionLimits.Limit.TOTAL ? Level.WARNING : Level.INFO, () -> "session " + id + ": "
                + socket.getInetAddress().getHostAddress() + " refused, " + key + " reached");
        // On the implicit TLS port the client expects a handshake, so it only sees the close.
        if (!role.implicitTls()) {
            socket.getOutputStream().write(ResponseBuilder.untagged(Condition.BYE, ResponseCode.LIMIT,
                    "Too many connections, try again later"));
        }
    }

    /** Open IMAP connections on all listeners together. */
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
