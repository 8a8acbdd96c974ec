package dev.junction.pop3;

import dev.junction.directory.Account;
import dev.junction.net.Connection;
import dev.junction.net.LineInput;
import dev.junction.net.MalformedLineException;
import dev.junction.store.MaildropLock;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One POP3 connection on its own virtual thread: read a line, look the verb up in the
 * {@link CommandTable}, enforce the row, run the command, reply. Replies are flushed only when
 * the client has nothing more buffered (RFC 2449 PIPELINING). In AUTHORIZATION state the session
 * holds no account and no maildrop; {@link #login} takes both at once.
 */
final class Pop3Session {

    private static final Logger LOG = Logger.getLogger("junction.pop3");

    private final Pop3Context ctx;
    private final Pop3Role role;
    private final String id;
    private final InetAddress client;
    private final Connection connection;
    private LineInput input;
    private OutputStream out;
    private Pop3State state = Pop3State.AUTHORIZATION;
    private String user;
    private Account account;
    private LockedMaildrop maildrop;
    private int errors;
    private int authFailures;
    private boolean open = true;
    private boolean quit;

    Pop3Session(Pop3Context ctx, Pop3Role role, Socket socket, String id) throws IOException {
        this.ctx = ctx;
        this.role = role;
        this.connection = new Connection(socket, id, ctx.watchdog(), ctx.idleTimeout());
        this.id = id;
        this.client = socket.getInetAddress();
        this.input = new LineInput(connection.in());
        this.out = connection.out();
    }

    void run() {
        try {
            if (role.implicitTls()) handshake();
            ok("POP3 server ready " + ctx.hostname());
            while (open) {
                if (!input.hasBuffered()) out.flush();
                String line;
                try {
                    line = input.readLine(ctx.maxLineLength());
                } catch (MalformedLineException e) {
                    fail(new Pop3Exception(e.tooLong() ? Pop3Error.LINE_TOO_LONG : Pop3Error.SYNTAX));
                    continue;
                }
                if (line == null) break;
                dispatch(line);
            }
            out.flush();
        } catch (SocketTimeoutException e) {
            LOG.fine(() -> "session " + id + ": idle timeout");
            replyQuietly(Pop3Error.TIMEOUT);
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": connection ended", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "session " + id + ": internal error", e);
            replyQuietly(Pop3Error.LOCAL_ERROR);
        } finally {
            end();
        }
    }

    private void dispatch(String line) throws IOException {
        List<String> words = Arrays.asList(line.split(" ", -1));
        String verb = words.getFirst().toUpperCase(Locale.ROOT);
        List<String> arguments = words.subList(1, words.size());
        CommandTable.Entry entry = CommandTable.find(verb);
        try {
            if (entry == null) throw new Pop3Exception(Pop3Error.UNKNOWN_COMMAND);
            if (!entry.states().contains(state)) throw new Pop3Exception(Pop3Error.BAD_STATE);
            if (entry.tls() && !isTls() && !ctx.allowPlaintextAuth()) throw new Pop3Exception(Pop3Error.TLS_REQUIRED);
            if (maildrop != null) maildrop.keepLocked();
            entry.command().execute(this, arguments);
        } catch (Pop3Exception e) {
            LOG.fine(() -> "session " + id + ": " + verb + " refused: " + e.getMessage());
            fail(e);
        }
    }

    private void fail(Pop3Exception e) throws IOException {
        line(e.error().line());
        if (e.error().closesSession()) {
            open = false;
        } else if (++errors >= ctx.maxErrors()) {
            line(Pop3Error.TOO_MANY_ERRORS.line());
            open = false;
        }
    }

    /** Sends "+OK text". */
    void ok(String text) throws IOException {
        line(text.isEmpty() ? "+OK" : "+OK " + text);
    }

    /** Sends one line with CRLF (a status line or a line of a multi-line response). */
    void line(String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The stream a multi-line response body is written to (guarded and buffered). */
    OutputStream out() {
        return out;
    }

    private void replyQuietly(Pop3Error error) {
        if (connection.handshaking()) return; // the client expects TLS records, not a reply
        try {
            line(error.line());
            out.flush();
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": final reply not sent", e);
        }
    }

    /** A line inside a command's exchange (AUTH); the client's end of stream ends the session. */
    String readLine() throws IOException, Pop3Exception {
        out.flush();
        try {
            String line = input.readLine(ctx.maxLineLength());
            if (line == null) throw new EOFException("client closed during an exchange");
            return line;
        } catch (MalformedLineException e) {
            throw new Pop3Exception(e.tooLong() ? Pop3Error.LINE_TOO_LONG : Pop3Error.SYNTAX);
        }
    }

    /** STLS (RFC 2595 4): replies +OK, then switches the connection to TLS; nothing said before counts. */
    void startTls() throws IOException, Pop3Exception {
        if (input.hasBuffered()) throw new Pop3Exception(Pop3Error.STLS_PIPELINED);
        ok("Begin TLS negotiation");
        out.flush();
        handshake();
        user = null;
    }

    private void handshake() throws IOException {
        connection.startTls(ctx.tls().get());
        input = new LineInput(connection.in());
        out = connection.out();
    }

    /**
     * Checks a password (throttled across sessions) and locks the account's maildrop, entering
     * TRANSACTION state. The password is wiped afterwards.
     *
     * @throws Pop3Exception AUTH_THROTTLED, AUTH_FAILED, TOO_MANY_AUTH_FAILURES, IN_USE
     */
    void login(String login, char[] password) throws IOException, Pop3Exception {
        Optional<Account> found;
        try {
            if (!ctx.throttle().admit(client, login)) throw new Pop3Exception(Pop3Error.AUTH_THROTTLED);
            found = ctx.directory().authenticate(login, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (found.isEmpty()) {
            ctx.throttle().failed(client, login);
            LOG.info(() -> "session " + id + ": login failed for " + printable(login) + " from " + client.getHostAddress());
            boolean tooMany = ++authFailures >= ctx.maxAuthFailures();
            throw new Pop3Exception(tooMany ? Pop3Error.TOO_MANY_AUTH_FAILURES : Pop3Error.AUTH_FAILED);
        }
        ctx.throttle().succeeded(client, login);
        long accountId = found.get().id();
        Optional<MaildropLock> lock = ctx.maildrops().lockMaildrop(accountId, ctx.lockLease());
        if (lock.isEmpty()) {
            LOG.info(() -> "session " + id + ": maildrop of " + login + " in use");
            throw new Pop3Exception(Pop3Error.IN_USE);
        }
        try {
            maildrop = new LockedMaildrop(ctx.maildrops().maildrop(accountId), lock.get(), ctx.lockLease(),
                    Clock.systemUTC());
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
        account = found.get();
        state = Pop3State.TRANSACTION;
        int count = maildrop.live().size();
        ok("Logged in, " + count + " message" + (count == 1 ? "" : "s"));
    }

    private static String printable(String login) {
        return login.length() > 64 ? login.substring(0, 64) + "..." : login.replaceAll("[^\\x21-\\x7e]", "?");
    }

    /** Closes the connection and releases the maildrop; logs one line for the session. */
    private void end() {
        try {
            connection.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": close", e);
        }
        if (maildrop != null) {
            try {
                maildrop.close();
            } catch (RuntimeException e) {
                // The lease runs out by itself; the session's end must still be logged.
                LOG.log(Level.WARNING, "session " + id + ": maildrop lock not released", e);
            }
            LockedMaildrop m = maildrop;
            LOG.info(() -> "session " + id + ": end user=" + account.address() + " ip=" + client.getHostAddress()
                    + " tls=" + (isTls() ? "yes" : "no") + " retrieved=" + m.retrieved() + " deleted="
                    + (quit ? m.deletedCount() : 0) + " bytes=" + m.bytesSent());
        } else {
            LOG.fine(() -> "session " + id + ": end, not logged in, ip=" + client.getHostAddress());
        }
    }

    /** QUIT: after the UPDATE state has run (or in AUTHORIZATION state), ends the session. */
    void quit() {
        quit = state == Pop3State.TRANSACTION;
        open = false;
    }

    /** Ends the session after the current reply (too many failures in an exchange). */
    void close() {
        open = false;
    }

    Pop3Context context() {
        return ctx;
    }

    Pop3State state() {
        return state;
    }

    boolean isTls() {
        return connection.tls() != null;
    }

    /** The USER name waiting for PASS, or null. */
    String user() {
        return user;
    }

    void user(String user) {
        this.user = user;
    }

    /** The locked maildrop; only in TRANSACTION state. */
    LockedMaildrop maildrop() {
        return maildrop;
    }

    String id() {
        return id;
    }
}
