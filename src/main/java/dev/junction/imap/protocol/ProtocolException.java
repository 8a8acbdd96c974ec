package dev.junction.imap.protocol;

import java.util.List;

/**
 * A command the parser refused. The reason is safe to show the client, after the tag and
 * {@code BAD} (or {@code NO [TOOBIG]} for a literal the caller prefers to refuse that way).
 * The parser has already skipped the rest of the command, so the session reads the next one.
 */
public final class ProtocolException extends Exception {

    /** What went wrong; the caller maps it to BAD or NO and a response code. */
    public enum Kind {
        /** The input does not match the grammar. */
        SYNTAX,
        /** A line is over {@link ProtocolLimits#maxLineLength()}, or a command over {@code maxInlineBytes}. */
        LINE_TOO_LONG,
        /** A literal is over a size limit (RFC 9051 TOOBIG; RFC 7888 LITERAL-). */
        LITERAL_TOO_BIG,
        /** Parentheses nest deeper than {@link ProtocolLimits#maxDepth()}. */
        TOO_DEEP,
        /** SEARCH, SORT or THREAD named a charset Java does not know: NO [BADCHARSET]. */
        BAD_CHARSET
    }

    private final Kind kind;
    private final String tag;
    private final boolean resetsSavedSearch;

    public ProtocolException(Kind kind, String reason) {
        this(kind, reason, null, false);
    }

    private ProtocolException(Kind kind, String reason, String tag, boolean resetsSavedSearch) {
        super(reason, null, false, false);
        this.kind = kind;
        this.tag = tag;
        this.resetsSavedSearch = resetsSavedSearch;
    }

    static ProtocolException syntax(String reason) {
        return new ProtocolException(Kind.SYNTAX, reason);
    }

    public Kind kind() {
        return kind;
    }

    /** The text for the client. */
    public String reason() {
        return getMessage();
    }

    /** The command's tag, or null when the line had none (answer with {@code * BAD}). */
    public String tag() {
        return tag;
    }

    /**
     * A SEARCH with {@code RETURN (SAVE)} refused with NO (an unknown charset): RFC 5182 2.1 says
     * the saved result {@code $} is then empty.
     */
    public boolean resetsSavedSearch() {
        return resetsSavedSearch;
    }

    /** NO rather than BAD: the command was well formed but cannot be done (BADCHARSET, RFC 9051 6.4.4). */
    public boolean refusedWithNo() {
        return kind == Kind.BAD_CHARSET;
    }

    /** The response code that belongs with this refusal, or null. */
    public ResponseCode code() {
        return switch (kind) {
            case LINE_TOO_LONG, LITERAL_TOO_BIG -> ResponseCode.TOOBIG;
            case BAD_CHARSET -> ResponseCode.badCharset(List.of("UTF-8", "US-ASCII"));
            case SYNTAX, TOO_DEEP -> null;
        };
    }

    ProtocolException withTag(String commandTag) {
        return new ProtocolException(kind, getMessage(), commandTag, resetsSavedSearch);
    }

    ProtocolException prefixed(String verb) {
        return new ProtocolException(kind, verb + ": " + getMessage(), tag, resetsSavedSearch);
    }

    ProtocolException resettingSavedSearch() {
        return new ProtocolException(kind, getMessage(), tag, true);
    }
}
