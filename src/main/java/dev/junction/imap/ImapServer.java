package dev.junction.imap;

import dev.junction.auth.AuthThrottle;
import dev.junction.config.Config;
import dev.junction.config.NodeSettings;
import dev.junction.directory.Directory;
import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.ProtocolLimits;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.net.ListenerGroup;
import dev.junction.net.WriteWatchdog;
import dev.junction.store.BlobStore;
import dev.junction.store.MailStore;
import dev.junction.store.MailboxChanges;
import dev.junction.store.MailboxMessages;
import dev.junction.store.MailboxTree;
import dev.junction.store.MessageStructureCache;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.util.OptionalInt;
import java.util.function.Supplier;

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

    private final Config config;
    private final ImapContext ctx;
    private final ListenerGroup<ImapRole> listeners;

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
        this.listeners = new ListenerGroup<>("imap", ImapRole.class, config, ImapSettings.MAX_CONNECTIONS,
                ImapSettings.MAX_CONNECTIONS_PER_IP,
                ResponseBuilder.untagged(Condition.BYE, ResponseCode.LIMIT, "Too many connections, try again later"));
    }

    /** Binds every enabled listener; on failure, closes those already bound. */
    public void start() throws IOException {
        listeners.start(config, ctx.tlsAvailable(), (role, socket, id) -> new ImapSession(ctx, role, socket, id).run());
    }

    /** The port a role's listener is bound to (the real one when configured as 0), if it runs. */
    public OptionalInt port(ImapRole role) {
        return listeners.port(role);
    }

    /** Open IMAP connections on all listeners together. */
    public int openConnections() {
        return listeners.openConnections();
    }

    @Override
    public void close() {
        listeners.close();
        ctx.watchdog().close();
    }
}
