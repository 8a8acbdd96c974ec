package dev.junction.imap.protocol;

/**
 * What one client command may make the parser hold or read.
 *
 * @param maxLineLength   octets of one line between literals (RFC 9051 6: at least 8192)
 * @param maxLiteralSize  octets of any one literal, including a streamed APPEND message
 * @param maxInlineBytes  octets one command may make the parser hold in memory: its literals
 *                        (except APPEND messages, which are streamed) and the lines after them
 * @param maxDepth        nesting of parentheses (SEARCH, FETCH sections, ID), so input cannot
 *                        grow the stack without bound
 * @param literalMinus    only LITERAL- is advertised (RFC 7888): a non-synchronising literal
 *                        over 4096 octets is refused with TOOBIG
 */
public record ProtocolLimits(int maxLineLength, long maxLiteralSize, int maxInlineBytes, int maxDepth,
                             boolean literalMinus) {

    /** RFC 7888 3: the largest non-synchronising literal under LITERAL-. */
    public static final int LITERAL_MINUS_MAX = 4096;

    public static final ProtocolLimits DEFAULT =
            new ProtocolLimits(64 * 1024, 64L * 1024 * 1024, 256 * 1024, 32, false);

    public ProtocolLimits {
        if (maxLineLength < 1024) throw new IllegalArgumentException("maxLineLength below 1024");
        if (maxLiteralSize < 0 || maxInlineBytes < 0) throw new IllegalArgumentException("negative literal limit");
        if (maxDepth < 2) throw new IllegalArgumentException("maxDepth below 2");
    }
}
