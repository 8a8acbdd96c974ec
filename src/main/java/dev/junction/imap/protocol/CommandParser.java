package dev.junction.imap.protocol;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads client commands from the connection's input: the session's {@code read → parse} step.
 * One per connection, used by the session's thread only.
 *
 * <pre>{@code
 * CommandParser parser = new CommandParser(in, limits, size -> { out.write(CONTINUE); out.flush(); });
 * TaggedCommand c = parser.next();   // null when the client closed the connection
 * }</pre>
 *
 * A refused command is a {@link ProtocolException} whose rest the parser has already skipped,
 * so the session answers it and calls {@link #next()} again. An {@link IOException} (the client
 * closed the connection mid-command, or a read timed out) ends the session. After STARTTLS the
 * session makes a new parser over the TLS stream, having checked that the client sent nothing
 * after the STARTTLS line (the parser reads only whole lines, so that is the caller's buffer).
 */
public final class CommandParser {

    private final Tokenizer tokenizer;
    private Append pendingAppend;

    /**
     * @param in    the connection's input, buffered by the caller; its read timeout bounds each wait
     * @param gate  sends {@code +} for a synchronising literal that passed the limits
     */
    public CommandParser(InputStream in, ProtocolLimits limits, LiteralGate gate) {
        this.tokenizer = new Tokenizer(in, limits, gate);
    }

    /** After {@code ENABLE UTF8=ACCEPT} or {@code IMAP4rev2}: mailbox names are UTF-8 (RFC 9051 6.3.1). */
    public void utf8Accept(boolean enabled) {
        tokenizer.utf8(enabled);
    }

    /**
     * The next command; null at the end of the input. An {@link Append} left unfinished by the
     * previous call is skipped first.
     */
    public TaggedCommand next() throws IOException, ProtocolException {
        if (pendingAppend != null && !pendingAppend.finished()) pendingAppend.discard();
        pendingAppend = null;
        String tag = null;
        String verb = null;
        try {
            if (!tokenizer.startCommand()) return null;
            tag = tokenizer.tag();
            if (!tokenizer.take(' ')) throw ProtocolException.syntax("missing command");
            verb = tokenizer.keyword();
            ImapCommand command;
            if (verb.equals("UID")) {
                tokenizer.sp();
                verb = "UID " + tokenizer.keyword();
                command = MessageParser.uid(tokenizer, verb.substring(4));
            } else if (verb.equals("APPEND")) {
                pendingAppend = Append.start(tokenizer, tag);
                return new TaggedCommand(tag, pendingAppend);
            } else {
                command = dispatch(verb);
            }
            tokenizer.endOfCommand();
            return new TaggedCommand(tag, command);
        } catch (ProtocolException e) {
            if (tag == null && e.kind() == ProtocolException.Kind.LINE_TOO_LONG) tag = tokenizer.overlongTag();
            tokenizer.discardCommand();
            throw (verb == null ? e : e.prefixed(verb)).withTag(tag);
        }
    }

    /**
     * A line outside the command grammar: IDLE's {@code DONE}, an AUTHENTICATE response
     * (RFC 9051 6.2.2); null at the end of the input.
     */
    public String readLine() throws IOException, ProtocolException {
        return tokenizer.rawLine();
    }

    private ImapCommand dispatch(String verb) throws IOException, ProtocolException {
        Tokenizer t = tokenizer;
        return switch (verb) {
            case "CAPABILITY" -> new SessionCommand.Capability();
            case "NOOP" -> new SessionCommand.Noop();
            case "LOGOUT" -> new SessionCommand.Logout();
            case "STARTTLS" -> new SessionCommand.StartTls();
            case "IDLE" -> new SessionCommand.Idle();
            case "NAMESPACE" -> new SessionCommand.Namespace();
            case "CHECK" -> new SessionCommand.Check();
            case "CLOSE" -> new SessionCommand.Close();
            case "UNSELECT" -> new SessionCommand.Unselect();
            case "AUTHENTICATE" -> SessionParser.authenticate(t);
            case "LOGIN" -> SessionParser.login(t);
            case "ENABLE" -> SessionParser.enable(t);
            case "ID" -> SessionParser.id(t);
            case "SELECT" -> MailboxParser.select(t, false);
            case "EXAMINE" -> MailboxParser.select(t, true);
            case "CREATE" -> MailboxParser.create(t);
            case "DELETE" -> new MailboxCommand.Delete(MailboxParser.mailboxArgument(t));
            case "RENAME" -> MailboxParser.rename(t);
            case "SUBSCRIBE" -> new MailboxCommand.Subscribe(MailboxParser.mailboxArgument(t));
            case "UNSUBSCRIBE" -> new MailboxCommand.Unsubscribe(MailboxParser.mailboxArgument(t));
            case "STATUS" -> MailboxParser.status(t);
            case "GETQUOTA" -> MailboxParser.getQuota(t);
            case "GETQUOTAROOT" -> new MailboxCommand.GetQuotaRoot(MailboxParser.mailboxArgument(t));
            case "SETQUOTA" -> MailboxParser.setQuota(t);
            case "LIST" -> ListParser.list(t);
            case "LSUB" -> ListParser.lsub(t);
            case "EXPUNGE" -> new MessageCommand.Expunge(null);
            case "SEARCH", "FETCH", "STORE", "COPY", "MOVE", "SORT", "THREAD" -> MessageParser.plain(t, verb);
            default -> throw ProtocolException.syntax("unknown command");
        };
    }
}
