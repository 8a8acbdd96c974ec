package dev.junction.imap.protocol;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * APPEND (RFC 9051 6.3.12, MULTIAPPEND RFC 3502, the UTF8 data item of RFC 6855 4), parsed as
 * the client sends it so that message octets stream to storage. The parser stops after the mailbox name: the session checks the
 * mailbox first (so a missing one gets {@code NO [TRYCREATE]} before any {@code +}), then takes
 * the messages with {@link #next()}, or refuses with {@link #discard()}.
 */
public final class Append implements ImapCommand {

    private final Tokenizer tokenizer;
    private final String tag;
    private final String mailbox;
    private boolean started;
    private boolean done;
    private boolean inUtf8;
    private long announced = -1;

    private Append(Tokenizer tokenizer, String tag, String mailbox) {
        this.tokenizer = tokenizer;
        this.tag = tag;
        this.mailbox = mailbox;
    }

    static Append start(Tokenizer t, String tag) throws IOException, ProtocolException {
        t.sp();
        return new Append(t, tag, Terms.mailbox(t));
    }

    public String mailbox() {
        return mailbox;
    }

    /** The next message within the parser's literal limit; see {@link #next(long)}. */
    public Optional<AppendMessage> next() throws IOException, ProtocolException {
        return next(Long.MAX_VALUE);
    }

    /**
     * The next message, its synchronising literal already answered through the
     * {@link LiteralGate}; empty after the last one, when the command line has ended.
     *
     * @param maxSize the most octets this message may have here (the account's APPENDLIMIT or
     *                free quota); a larger one is refused as LITERAL_TOO_BIG before any {@code +}
     * @throws ProtocolException the rest of the command is already skipped
     */
    public Optional<AppendMessage> next(long maxSize) throws IOException, ProtocolException {
        if (done) return Optional.empty();
        try {
            tokenizer.finishLiteral();
            if (inUtf8) {
                tokenizer.close();
                inUtf8 = false;
            }
            if (started && tokenizer.atEnd()) {
                done = true;
                return Optional.empty();
            }
            started = true;
            tokenizer.sp();
            List<String> flags = List.of();
            if (tokenizer.peek() == '(') {
                flags = List.copyOf(Terms.flagList(tokenizer));
                tokenizer.sp();
            }
            var date = tokenizer.peek() == '"' ? Terms.dateTime(tokenizer) : null;
            if (date != null) tokenizer.sp();
            boolean utf8 = tokenizer.takeWord("UTF8");
            if (utf8) {
                tokenizer.sp();
                tokenizer.open();
                if (tokenizer.peek() != '~') throw ProtocolException.syntax("UTF8 data must be a literal8");
            }
            Tokenizer.Announcement literal = tokenizer.announcement(true);
            announced = literal.size();
            tokenizer.streamLiteral(literal, maxSize);
            inUtf8 = utf8;
            return Optional.of(new AppendMessage(flags, date, literal.size(), literal.binary(), tokenizer.literalBody()));
        } catch (ProtocolException e) {
            done = true;
            tokenizer.discardCommand();
            throw e.prefixed("APPEND").withTag(tag);
        }
    }

    /**
     * The size the client announced for the message {@link #next(long)} last read or refused, -1
     * before the first: with LITERAL_TOO_BIG, the caller can tell which of its limits it exceeded.
     */
    public long announcedSize() {
        return announced;
    }

    /** Gives up the command: skips whatever the client still sends for it without a continuation. */
    public void discard() throws IOException {
        if (done) return;
        done = true;
        tokenizer.discardCommand();
    }

    boolean finished() {
        return done;
    }
}
