package dev.junction.imap;

import dev.junction.directory.Account;
import dev.junction.imap.protocol.Append;
import dev.junction.imap.protocol.CommandParser;
import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.ImapCommand;
import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ProtocolException;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.imap.protocol.SequenceSet;
import dev.junction.imap.protocol.TaggedCommand;
import dev.junction.net.Connection;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages;
import dev.junction.store.MailboxName;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One IMAP connection on its own virtual thread: read a command with the {@link CommandParser},
 * look it up in the {@link CommandTable}, enforce the row, run the handler, then report what
 * changed in the selected mailbox and answer with the tag. Replies are flushed only when the
 * client has nothing more buffered, so pipelined commands cost one write.
 */
final class ImapSession {

    private static final Logger LOG = Logger.getLogger("junction.imap");

    private final ImapContext ctx;
    private final ImapRole role;
    private final String id;
    private final InetAddress client;
    private final Connection connection;
    private InputStream in;
    private OutputStream out;
    private CommandParser parser;
    private ImapState state = ImapState.NOT_AUTHENTICATED;
    private Account account;
    private SelectedMailbox selected;
    private boolean utf8;
    private boolean rev2;
    private boolean condstore;
    private boolean qresync;
    private int errors;
    private int authFailures;
    private boolean open = true;
    private long commands;

    ImapSession(ImapContext ctx, ImapRole role, Socket socket, String id) throws IOException {
        this.ctx = ctx;
        this.role = role;
        this.id = id;
        this.client = socket.getInetAddress();
        this.connection = new Connection(socket, id, ctx.watchdog(), ctx.idleTimeout());
        streams();
    }

    void run() {
        try {
            if (role.implicitTls()) handshake();
            write(response().untagged().condition(Condition.OK)
                    .code(ResponseCode.capability(Capabilities.of(ctx, isTls(), false)))
                    .text("Junction IMAP ready").end());
            while (open) {
                if (in.available() == 0) out.flush();
                TaggedCommand command;
                try {
                    command = parser.next();
                } catch (ProtocolException e) {
                    refused(e);
                    continue;
                }
                if (command == null) break;
                commands++;
                dispatch(command);
            }
            out.flush();
        } catch (SocketTimeoutException e) {
            LOG.fine(() -> "session " + id + ": idle timeout");
            byeQuietly("Autologout; idle for too long");
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": connection ended", e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "session " + id + ": internal error", e);
            byeQuietly("Internal error, closing the connection");
        } finally {
            end();
        }
    }

    private void dispatch(TaggedCommand tagged) throws IOException {
        String tag = tagged.tag();
        ImapCommand command = tagged.command();
        CommandTable.Entry<?> entry = CommandTable.find(command);
        try {
            if (!entry.states().contains(state)) throw ImapException.bad(null, notAllowedNow(entry.states()));
            if (entry.login() && !isTls() && !ctx.allowPlaintextAuth()) {
                throw ImapException.no(ResponseCode.PRIVACYREQUIRED, "Log in after STARTTLS, or use the TLS port");
            }
            if (selected != null && command instanceof MessageCommand) {
                // Messages that arrived become known before the command names them; expunges
                // must wait, or the client's sequence numbers would change under it.
                reportChanges(false);
                if (!open) return;
            }
            Completion done = entry.run(this, tag, command);
            if (done == null) return; // the handler answered itself (STARTTLS)
            ResponseCode code = done.code();
            if (selected != null && open) {
                boolean expunged = reportChanges(allowsExpunge(command));
                if (!open) return;
                if (expunged && qresync) code = withHighestModSeq(code);
            }
            write(response().tagged(tag).condition(Condition.OK).code(code).text(done.text()).end());
        } catch (ImapException e) {
            if (command instanceof Append append) append.discard();
            if (selected != null && open) reportChanges(false);
            LOG.fine(() -> "session " + id + ": " + tag + " " + e.condition() + " " + e.getMessage());
            write(response().tagged(tag).condition(e.condition()).code(e.code()).text(e.getMessage()).end());
            if (e.closesSession()) bye("Too many failed logins");
            else if (e.condition() == Condition.BAD) countError();
        } catch (MailboxException e) {
            // A store refusal (CREATE over an existing name, DELETE of INBOX, ...), or the selected
            // mailbox vanished between two reads of one command.
            ImapException refusal = ImapException.refused(e);
            LOG.fine(() -> "session " + id + ": " + tag + " NO " + e.code() + " " + e.getMessage());
            write(response().tagged(tag).condition(Condition.NO).code(refusal.code()).text(refusal.getMessage()).end());
        }
    }

    /** RFC 9051 7.5.1: no EXPUNGE while answering FETCH, STORE or SEARCH by sequence number (nor SORT, THREAD). */
    private static boolean allowsExpunge(ImapCommand command) {
        return switch (command) {
            case MessageCommand.Fetch f -> f.uid();
            case MessageCommand.Store s -> s.uid();
            case MessageCommand.Search s -> s.uid();
            case MessageCommand.Sort s -> s.uid();
            case MessageCommand.Thread t -> t.uid();
            default -> true;
        };
    }

    /**
     * RFC 7162 3.2.7 and 3.2.9: under QRESYNC, expunges are followed by the HIGHESTMODSEQ they
     * raised the mailbox to, which VANISHED does not carry. It goes in the tagged OK when that has
     * no other code, else in an untagged OK just before it, as Dovecot does.
     */
    private ResponseCode withHighestModSeq(ResponseCode code) throws IOException {
        ResponseCode highest = ResponseCode.highestModSeq(selected.seenModSeq());
        if (code == null) return highest;
        write(response().untagged().condition(Condition.OK).code(highest).text("Highest").end());
        return code;
    }

    private String notAllowedNow(Set<ImapState> allowed) {
        if (state == ImapState.NOT_AUTHENTICATED) return "Log in first";
        if (allowed.equals(Set.of(ImapState.NOT_AUTHENTICATED))) return "Already logged in";
        if (allowed.equals(Set.of(ImapState.SELECTED))) return "Select a mailbox first";
        return "Not allowed now";
    }

    private void refused(ProtocolException e) throws IOException {
        ResponseBuilder r = response();
        if (e.tag() == null) r.untagged();
        else r.tagged(e.tag());
        if (e.resetsSavedSearch() && selected != null) selected.savedSearch(null);
        write(r.condition(e.refusedWithNo() ? Condition.NO : Condition.BAD).code(e.code()).text(e.reason()).end());
        if (!e.refusedWithNo()) countError();
    }

    private void countError() throws IOException {
        if (++errors >= ctx.maxErrors()) bye("Too many invalid commands");
    }

    /**
     * Tells the client what changed in the selected mailbox since it last heard: EXPUNGE (or
     * VANISHED under QRESYNC) when allowed, flag changes as FETCH, EXISTS, and RECENT for an
     * IMAP4rev1 client (RFC 3501 7.3.2). A deleted mailbox
     * ends the session, as the client can do nothing more with it.
     *
     * @return true when it reported expunges
     */
    boolean reportChanges(boolean allowExpunge) throws IOException {
        if (selected.deleted()) {
            bye("The selected mailbox was deleted");
            return false;
        }
        if (!selected.changedSinceSeen() && !allowExpunge) return false;
        SelectedMailbox.Updates updates;
        try {
            updates = selected.catchUp(ctx.messages(), allowExpunge);
        } catch (MailboxException e) {
            bye("The selected mailbox was deleted");
            return false;
        }
        if (!updates.expunged().isEmpty()) {
            if (qresync) {
                long[] uids = updates.expunged().stream().mapToLong(SelectedMailbox.Expunge::uid).sorted().toArray();
                write(response().untagged().atom("VANISHED")
                        .atom(SequenceSet.ofSorted(uids).toString()).end());
            } else {
                ResponseBuilder r = response();
                for (SelectedMailbox.Expunge x : updates.expunged()) r.untagged().number(x.sequence()).atom("EXPUNGE").end();
                write(r);
            }
        }
        for (MailboxMessages.FlagState f : updates.flagChanges()) {
            int seq = selected.messages().sequence(f.uid());
            if (seq == 0) continue;
            ResponseBuilder r = response().untagged().number(seq).atom("FETCH").open().atom("UID").number(f.uid());
            FlagList.write(r, f.flags(), selected.recent(f.uid()));
            if (condstore) r.atom("MODSEQ").open().number(f.modSeq()).close();
            write(r.close().end());
        }
        if (updates.exists() != SelectedMailbox.Updates.UNCHANGED) {
            write(response().untagged().number(updates.exists()).atom("EXISTS").end());
        }
        if (updates.recent() != SelectedMailbox.Updates.UNCHANGED && !rev2) {
            write(response().untagged().number(updates.recent()).atom("RECENT").end());
        }
        return !updates.expunged().isEmpty();
    }

    // --- what handlers use ----------------------------------------------------------------------

    /** A builder for this client: UTF-8 names and strings once it enabled them. */
    ResponseBuilder response() {
        return new ResponseBuilder(utf8);
    }

    /** Writes what the builder holds (buffered; flushed before the session waits for input). */
    void write(ResponseBuilder response) throws IOException {
        out.write(response.take());
    }

    /** The connection's output, for streaming a literal's octets after {@link ResponseBuilder#literalHeader}. */
    OutputStream out() {
        return out;
    }

    void flush() throws IOException {
        out.flush();
    }

    /** Sends {@code * BYE} and ends the session after the current command. */
    void bye(String text) throws IOException {
        write(response().untagged().condition(Condition.BYE).text(text).end());
        out.flush();
        open = false;
    }

    private void byeQuietly(String text) {
        if (connection.handshaking()) return; // the client expects TLS records, not a reply
        try {
            bye(text);
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": BYE not sent", e);
        }
    }

    /** A line outside the command grammar (IDLE's DONE, an AUTHENTICATE response); null at the end of input. */
    String readLine() throws IOException, ImapException {
        out.flush();
        try {
            return parser.readLine();
        } catch (ProtocolException e) {
            throw ImapException.bad(e.code(), e.reason());
        }
    }

    /** STARTTLS (RFC 9051 6.2.1): OK, then the handshake; nothing the client sent before counts. */
    void startTls(String tag) throws IOException, ImapException {
        if (in.available() > 0) throw ImapException.bad(null, "Nothing may follow STARTTLS before the handshake");
        write(response().tagged(tag).condition(Condition.OK).text("Begin TLS negotiation now").end());
        out.flush();
        handshake();
    }

    private void handshake() throws IOException {
        connection.startTls(ctx.tls().get());
        streams();
    }

    private void streams() {
        // Small: most of a session's life is waiting (IDLE), and literals are streamed past it.
        this.in = new BufferedInputStream(connection.in(), 4 * 1024);
        this.out = connection.out();
        this.parser = new CommandParser(in, ctx.limits(), size -> {
            out.write(response().continuation("Ready for literal data").take());
            out.flush();
        });
        parser.utf8Accept(utf8);
    }

    /** Enters AUTHENTICATED state as the account (the handler checked the password). */
    void loggedIn(Account account) {
        this.account = account;
        this.state = ImapState.AUTHENTICATED;
        if (ctx.store().mailbox(account.id(), MailboxName.INBOX).isEmpty()) {
            ctx.store().createDefaultMailboxes(account.id());
        }
        LOG.info(() -> "session " + id + ": login user=" + account.address() + " ip=" + client.getHostAddress()
                + " tls=" + (isTls() ? "yes" : "no"));
    }

    /** Counts a failed login; true when this session has now failed too often and must end. */
    boolean failedLogin() {
        return ++authFailures >= ctx.maxAuthFailures();
    }

    /** Selects a mailbox (SELECTED state), leaving the one selected before. */
    void select(SelectedMailbox mailbox) {
        unselect();
        this.selected = mailbox;
        this.state = ImapState.SELECTED;
    }

    /** Back to AUTHENTICATED state (CLOSE, UNSELECT, a failed SELECT). */
    void unselect() {
        if (selected != null) selected.close();
        selected = null;
        if (state == ImapState.SELECTED) state = ImapState.AUTHENTICATED;
    }

    /** ENABLE UTF8=ACCEPT or IMAP4rev2 (RFC 6855, RFC 9051 6.3.1). */
    void enableUtf8() {
        utf8 = true;
        parser.utf8Accept(true);
    }

    void enableRev2() {
        rev2 = true;
        enableUtf8();
    }

    /**
     * CONDSTORE from now on (RFC 7162 3.1). Turned on by a command in SELECTED state (STORE
     * UNCHANGEDSINCE, FETCH MODSEQ), the client is told the HIGHESTMODSEQ its view stands at, as
     * Dovecot does, since the one SELECT gave it may be old.
     */
    void enableCondstore() throws IOException {
        if (!condstore && selected != null) {
            write(response().untagged().condition(Condition.OK)
                    .code(ResponseCode.highestModSeq(selected.seenModSeq())).text("Highest").end());
        }
        condstore = true;
    }

    void enableQresync() {
        qresync = true;
        condstore = true;
    }

    void logout() {
        open = false;
    }

    boolean isOpen() {
        return open;
    }

    /** Closes the connection at once, so a read the session's thread waits in fails (IDLE after BYE). */
    void abort() {
        open = false;
        try {
            connection.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": close", e);
        }
    }

    ImapContext context() {
        return ctx;
    }

    ImapState state() {
        return state;
    }

    Account account() {
        return account;
    }

    SelectedMailbox selected() {
        return selected;
    }

    boolean utf8() {
        return utf8;
    }

    boolean rev2() {
        return rev2;
    }

    boolean condstore() {
        return condstore;
    }

    boolean qresync() {
        return qresync;
    }

    boolean isTls() {
        return connection.tls() != null;
    }

    InetAddress client() {
        return client;
    }

    String id() {
        return id;
    }

    List<String> capabilities() {
        return Capabilities.of(ctx, isTls(), state != ImapState.NOT_AUTHENTICATED);
    }

    private void end() {
        if (selected != null) selected.close();
        try {
            connection.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + ": close", e);
        }
        if (account != null) {
            LOG.info(() -> "session " + id + ": end user=" + account.address() + " ip=" + client.getHostAddress()
                    + " commands=" + commands);
        } else {
            LOG.fine(() -> "session " + id + ": end, not logged in, ip=" + client.getHostAddress());
        }
    }
}
