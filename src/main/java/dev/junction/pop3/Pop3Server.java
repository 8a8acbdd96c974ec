package dev.junction.pop3;

import dev.junction.auth.AuthThrottle;
import dev.junction.config.Config;
import dev.junction.config.NodeSettings;
import dev.junction.directory.Directory;
import dev.junction.net.ListenerGroup;
import dev.junction.net.WriteWatchdog;
import dev.junction.store.BlobStore;
import dev.junction.store.MailboxMessages;
import dev.junction.store.Maildrops;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.function.Supplier;

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

    private final Config config;
    private final Pop3Context ctx;
    private final ListenerGroup<Pop3Role> listeners;

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
        this.listeners = new ListenerGroup<>("pop3", Pop3Role.class, config, Pop3Settings.MAX_CONNECTIONS,
                Pop3Settings.MAX_CONNECTIONS_PER_IP,
                (Pop3Error.TOO_MANY_CONNECTIONS.line() + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Binds every enabled listener; on failure, closes those already bound. */
    public void start() throws IOException {
        listeners.start(config, ctx.tlsAvailable(), (role, socket, id) -> new Pop3Session(ctx, role, socket, id).run());
    }

    /** The port a role's listener is bound to (the real one when configured as 0), if it runs. */
    public OptionalInt port(Pop3Role role) {
        return listeners.port(role);
    }

    /** Open POP3 connections on all listeners together. */
    public int openConnections() {
        return listeners.openConnections();
    }

    @Override
    public void close() {
        listeners.close();
        ctx.watchdog().close();
    }
}
