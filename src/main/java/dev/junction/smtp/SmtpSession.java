package dev.junction.smtp;

import dev.junction.directory.Account;
import dev.junction.net.Connection;

import javax.net.ssl.SSLSession;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One SMTP connection on its own virtual thread: read a line, look the verb up in the
 * {@link CommandTable}, enforce the row, run the command, reply. Replies are flushed only when
 * the client has nothing more buffered, which is what makes PIPELINING (RFC 2920) cheap.
 * Before AUTH the session holds no account and never touches a mailbox.
 */
final class SmtpSession {

    private static final Logger LOG = Logger.getLogger("junction.smtp");

    private final SmtpContext ctx;
    private final ListenerRole role;
    private final String id;
    private final InetAddress client;
    private final Connection connection;
    private SmtpInput input;
    private OutputStream out;
    private SessionState state = SessionState.CONNECTED;
    private String helo;
    private boolean extended;
    private Account account;
    private Transaction transaction;
    private int errors;
    private int authFailures;
    private boolean open = true;

    SmtpSession(SmtpContext ctx, ListenerRole role, Socket socket, String id) throws IOException {
        this.ctx = ctx;
        this.role = role;
        this.connection = new Connection(socket, id, ctx.watchdog(), ctx.idleTimeout());
        this.id = id;
        this.client = socket.getInetAddress();
        this.input = new SmtpInput(connection.in());
        this.out = connection.out();
    }

    void run() {
        try {
            if (role.implicitTls()) handshake();
            reply(new SmtpReply(220, null, java.util.List.of(ctx.hostname() + " ESMTP Junction")));
            while (open) {
                if (!input.hasBuffered()) out.flush();
                String line;
                try {
                    line = input.readLine(ctx.maxLineLength());
                } catch (SmtpException e) {
                    fail(e);
                    continue;
                }
                if (line == null) break;
                dispatch(line);
            }
            out.flush();
        } catch (SocketTimeoutException e) {
            LOG.fine(() -> "session " + id + ": idle timeout");
            replyQuietly(SmtpError.TIMEOUT.reply());
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": connection ended", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "session " + id + ": internal error", e);
            replyQuietly(SmtpError.LOCAL_ERROR.reply());
        } finally {
            endTransaction();
            try {
                connection.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "session " + id + ": close", e);
            }
        }
    }

    private void dispatch(String line) throws IOException {
        CommandLine cl = CommandLine.parse(line);
        CommandTable.Entry entry = CommandTable.find(cl.verb());
        try {
            if (entry == null) throw new SmtpException(SmtpError.UNKNOWN_COMMAND);
            SmtpError refusal = refusal(entry);
            if (refusal != null) {
                entry.command().refused(this, cl.argument());
                throw new SmtpException(refusal);
            }
            entry.command().execute(this, cl.argument());
        } catch (SmtpException e) {
            LOG.fine(() -> "session " + id + ": " + cl.verb() + " refused: " + e.getMessage());
            fail(e);
        }
    }

    private SmtpError refusal(CommandTable.Entry entry) {
        if (entry.tls() && connection.tls() == null && !ctx.allowPlaintextAuth()) return SmtpError.TLS_REQUIRED;
        if (entry.auth() && role.authRequired() && account == null) {
            // Without TLS the client could not authenticate anyway: tell it the step it is missing.
            return connection.tls() == null && !ctx.allowPlaintextAuth() ? SmtpError.TLS_REQUIRED : SmtpError.AUTH_REQUIRED;
        }
        if (!entry.states().contains(state)) return SmtpError.BAD_SEQUENCE;
        return null;
    }

    private void fail(SmtpException e) throws IOException {
        reply(e.reply());
        if (e.error().closesSession()) {
            open = false;
        } else if (++errors >= ctx.maxErrors()) {
            reply(SmtpError.TOO_MANY_ERRORS.reply());
            open = false;
        }
    }

    void reply(SmtpReply reply) throws IOException {
        out.write(reply.wire());
        if (reply.code() == 421) out.flush();
    }

    private void replyQuietly(SmtpReply reply) {
        if (connection.handshaking()) return; // the client expects TLS records, not a reply
        try {
            reply(reply);
            out.flush();
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": final reply not sent", e);
        }
    }

    void flush() throws IOException {
        out.flush();
    }

    /** A line inside a command's exchange (AUTH); the client's end of stream ends the session. */
    String readLine() throws IOException, SmtpException {
        out.flush();
        String line = input.readLine(ctx.maxLineLength());
        if (line == null) throw new EOFException("client closed during an exchange");
        return line;
    }

    SmtpInput input() {
        return input;
    }

    /** Replies 220, then switches the connection to TLS and forgets everything said before. */
    void startTls() throws IOException, SmtpException {
        if (input.hasBuffered()) throw new SmtpException(SmtpError.STARTTLS_PIPELINED);
        reply(SmtpReply.of(220, "2.0.0", "Ready to start TLS"));
        out.flush();
        handshake();
        endTransaction();
        state = SessionState.CONNECTED;
        helo = null;
        extended = false;
        account = null;
    }

    private void handshake() throws IOException {
        connection.startTls(ctx.tls().get());
        input = new SmtpInput(connection.in());
        out = connection.out();
    }

    void greeted(String helo, boolean extended) {
        endTransaction();
        this.helo = helo;
        this.extended = extended;
        state = SessionState.GREETED;
    }

    void begin(Transaction tx) {
        transaction = tx;
        state = SessionState.MAIL;
    }

    /** Drops the transaction (discarding unfinished content) and returns to the greeted state. */
    void endTransaction() {
        if (transaction != null) transaction.close();
        transaction = null;
        if (state != SessionState.CONNECTED) state = SessionState.GREETED;
    }

    void authenticated(Account account) {
        this.account = account;
    }

    /** Counts a failed AUTH; true when the session has had too many. */
    boolean authFailed() {
        return ++authFailures >= ctx.maxAuthFailures();
    }

    /** Ends the session after the current command. */
    void close() {
        open = false;
    }

    /** RFC 3848 / RFC 6531 name of the protocol in use, for the Received line and the log. */
    String protocol(boolean utf8) {
        return TraceHeaders.protocol(extended, utf8, connection.tls() != null, account != null);
    }

    /** "TLSv1.3 cipher=..." for the Received line, or null without TLS. */
    String tlsDescription() {
        SSLSession tls = connection.tls();
        return tls == null ? null : "version=" + tls.getProtocol() + " cipher=" + tls.getCipherSuite();
    }

    SmtpContext context() {
        return ctx;
    }

    ListenerRole role() {
        return role;
    }

    String id() {
        return id;
    }

    InetAddress client() {
        return client;
    }

    String clientIp() {
        return client.getHostAddress();
    }

    SessionState state() {
        return state;
    }

    void state(SessionState state) {
        this.state = state;
    }

    String helo() {
        return helo;
    }

    /** Greeted with EHLO rather than HELO: ESMTP parameters are allowed. */
    boolean extended() {
        return extended;
    }

    boolean isTls() {
        return connection.tls() != null;
    }

    Account account() {
        return account;
    }

    String authUser() {
        return account == null ? null : account.address().toString();
    }

    Transaction transaction() {
        return transaction;
    }
}
