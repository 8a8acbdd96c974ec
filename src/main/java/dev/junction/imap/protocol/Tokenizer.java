package dev.junction.imap.protocol;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The lexical layer: grammar primitives over the current line, pulling the next line after a
 * literal. Invariant: a literal announced at the end of the current line has not been read yet,
 * so {@link #discardCommand()} can tell what the client will still send.
 */
final class Tokenizer {

    private final LineInput input;
    private final ProtocolLimits limits;
    private final LiteralGate gate;
    private byte[] line = new byte[0];
    private int pos;
    private int end;
    private int depth;
    private long inlineUsed;
    private BoundedInput openLiteral;
    private boolean utf8;

    /** A literal's announcement: {@code {n}}, {@code {n+}} or {@code ~{n}}. */
    record Announcement(long size, boolean synchronizing, boolean binary) {
    }

    Tokenizer(InputStream in, ProtocolLimits limits, LiteralGate gate) {
        this.input = new LineInput(in, limits.maxLineLength());
        this.limits = limits;
        this.gate = gate;
    }

    /** Mailbox names are UTF-8 (after ENABLE UTF8=ACCEPT or IMAP4rev2), not modified UTF-7. */
    void utf8(boolean on) {
        utf8 = on;
    }

    boolean utf8() {
        return utf8;
    }

    /** Reads the first line of a command; false at the end of the stream. */
    boolean startCommand() throws IOException, ProtocolException {
        finishLiteral();
        depth = 0;
        inlineUsed = 0;
        if (!input.next()) return false;
        loadLine();
        return true;
    }

    /** A line outside the command grammar (IDLE's DONE, an AUTHENTICATE response); null at end. */
    String rawLine() throws IOException, ProtocolException {
        finishLiteral();
        if (!input.next()) return null;
        line = input.buffer();
        pos = end = input.length();
        if (input.overflowed()) throw new ProtocolException(ProtocolException.Kind.LINE_TOO_LONG, "line too long");
        return utf8String(Arrays.copyOf(line, end));
    }

    /** The tag at the start of an overlong first line, or null. */
    String overlongTag() {
        byte[] head = input.head();
        int i = 0;
        while (i < head.length && Chars.tag(head[i] & 0xff)) i++;
        return i > 0 && i < head.length && head[i] == ' ' ? new String(head, 0, i, StandardCharsets.US_ASCII) : null;
    }

    /**
     * The line after a literal. Its octets count against what the command may hold, so that a
     * command cannot grow without bound by many small literals, each on a line of its own.
     */
    private void nextLine() throws IOException, ProtocolException {
        if (!input.next()) throw new EOFException("connection closed inside a command");
        loadLine();
        inlineUsed += end;
        if (inlineUsed > limits.maxInlineBytes()) {
            throw new ProtocolException(ProtocolException.Kind.LINE_TOO_LONG, "command too long");
        }
    }

    private void loadLine() throws ProtocolException {
        line = input.buffer();
        pos = 0;
        end = input.length();
        if (input.overflowed()) {
            pos = end;
            throw new ProtocolException(ProtocolException.Kind.LINE_TOO_LONG, "line too long");
        }
    }

    int peek() {
        return pos < end ? line[pos] & 0xff : -1;
    }

    boolean atEnd() {
        return pos >= end;
    }

    boolean take(char c) {
        if (peek() != c) return false;
        pos++;
        return true;
    }

    void expect(char c, String reason) throws ProtocolException {
        if (!take(c)) throw ProtocolException.syntax(reason);
    }

    void sp() throws ProtocolException {
        if (take(' ')) return;
        throw ProtocolException.syntax(atEnd() ? "missing argument" : "expected a space");
    }

    void endOfCommand() throws ProtocolException {
        if (!atEnd()) throw ProtocolException.syntax("unexpected characters at end of command");
    }

    void open() throws ProtocolException {
        expect('(', "expected '('");
        nest();
    }

    void close() throws ProtocolException {
        expect(')', "expected ')'");
        unnest();
    }

    /** Counts one level of recursion (a parenthesis, or SEARCH's NOT and OR), within the depth limit. */
    void nest() throws ProtocolException {
        if (++depth > limits.maxDepth()) {
            throw new ProtocolException(ProtocolException.Kind.TOO_DEEP, "nested too deeply");
        }
    }

    void unnest() {
        depth--;
    }

    String atom() throws ProtocolException {
        int start = pos;
        while (Chars.atom(peek())) pos++;
        if (pos == start) throw ProtocolException.syntax("expected an atom");
        return new String(line, start, pos - start, StandardCharsets.US_ASCII);
    }

    /** An atom compared without case: returned in upper case. */
    String keyword() throws ProtocolException {
        return atom().toUpperCase(Locale.ROOT);
    }

    String tag() throws ProtocolException {
        int start = pos;
        while (Chars.tag(peek())) pos++;
        if (pos == start) throw ProtocolException.syntax("missing or invalid tag");
        return new String(line, start, pos - start, StandardCharsets.US_ASCII);
    }

    /** Whether the next atom is {@code word} (any case), consuming it if so. */
    boolean takeWord(String word) {
        int n = word.length();
        if (end - pos < n || Chars.atom(pos + n < end ? line[pos + n] & 0xff : -1)) return false;
        for (int i = 0; i < n; i++) {
            if (Character.toUpperCase((char) (line[pos + i] & 0xff)) != word.charAt(i)) return false;
        }
        pos += n;
        return true;
    }

    /** Characters while they are in the given class, possibly none. */
    String run(IntPredicate accept) {
        int start = pos;
        while (pos < end && accept.test(line[pos] & 0xff)) pos++;
        return new String(line, start, pos - start, StandardCharsets.ISO_8859_1);
    }

    byte[] astringBytes() throws IOException, ProtocolException {
        return astringBytes(false);
    }

    /**
     * An astring; with {@code eightBit}, an unquoted one may also hold octets above 0x7f. The
     * grammar forbids them, but clients send search text that way (Python's imaplib with
     * {@code search("UTF-8", "BODY", b"K\xc3\xb6ln")}), and refusing it fails the user's search.
     */
    byte[] astringBytes(boolean eightBit) throws IOException, ProtocolException {
        int c = peek();
        if (c == '"' || c == '{') return stringBytes();
        if (c == '~' && pos + 1 < end && line[pos + 1] == '{') throw ProtocolException.syntax("literal8 not allowed here");
        int start = pos;
        while (Chars.astring(peek()) || eightBit && peek() >= 0x80) pos++;
        if (pos == start) throw ProtocolException.syntax(atEnd() ? "missing argument" : "expected a string");
        return Arrays.copyOfRange(line, start, pos);
    }

    String astring() throws IOException, ProtocolException {
        return utf8String(astringBytes());
    }

    byte[] stringBytes() throws IOException, ProtocolException {
        int c = peek();
        if (c == '"') return quoted();
        if (c == '{') return inlineLiteral();
        throw ProtocolException.syntax("expected a quoted string or a literal");
    }

    String string() throws IOException, ProtocolException {
        return utf8String(stringBytes());
    }

    /** A string or NIL (null). */
    String nstring() throws IOException, ProtocolException {
        return takeWord("NIL") ? null : string();
    }

    private byte[] quoted() throws ProtocolException {
        pos++;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            int c = peek();
            if (c < 0) throw ProtocolException.syntax("unterminated quoted string");
            pos++;
            if (c == '"') return out.toByteArray();
            if (c == '\\') {
                int escaped = peek();
                if (escaped != '"' && escaped != '\\') throw ProtocolException.syntax("invalid escape in quoted string");
                pos++;
                c = escaped;
            } else if (c == 0) {
                throw ProtocolException.syntax("NUL in quoted string");
            }
            out.write(c);
        }
    }

    private byte[] inlineLiteral() throws IOException, ProtocolException {
        Announcement a = announcement(false);
        admit(a, limits.maxInlineBytes() - inlineUsed);
        inlineUsed += a.size();
        byte[] data = input.literal(a.size()).readAllBytes();
        nextLine();
        for (byte b : data) {
            if (b == 0) throw ProtocolException.syntax("NUL in literal");
        }
        return data;
    }

    /**
     * Opens an announced literal (APPEND's, which may be a literal8) for the caller to read from
     * {@link #literalBody()}, if it is at most {@code maxSize} octets.
     */
    void streamLiteral(Announcement a, long maxSize) throws IOException, ProtocolException {
        admit(a, maxSize);
        openLiteral = input.literal(a.size());
    }

    InputStream literalBody() {
        return openLiteral;
    }

    /** Skips what the caller left of a streamed literal and reads the line after it. */
    void finishLiteral() throws IOException, ProtocolException {
        if (openLiteral == null) return;
        openLiteral.drain();
        openLiteral = null;
        nextLine();
    }

    /** Reads {@code {n}}, {@code {n+}} or (where allowed) {@code ~{n}}, which must end the line. */
    Announcement announcement(boolean allowBinary) throws ProtocolException {
        boolean binary = take('~');
        if (binary && !allowBinary) throw ProtocolException.syntax("literal8 not allowed here");
        expect('{', "expected a literal");
        String digits = run(Chars::digit);
        boolean nonSync = take('+');
        if (digits.isEmpty() || !take('}')) throw ProtocolException.syntax("invalid literal announcement");
        if (!atEnd()) throw ProtocolException.syntax("literal announcement must end the line");
        long size = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
        return new Announcement(size, !nonSync, binary);
    }

    /** Checks the limits (the size, what this command may still hold, LITERAL-), then opens the gate. */
    private void admit(Announcement a, long room) throws IOException, ProtocolException {
        if (a.size() > limits.maxLiteralSize()) {
            throw tooBig("literal of " + a.size() + " octets is over the limit of " + limits.maxLiteralSize());
        }
        if (a.size() > room) throw tooBig("literal of " + a.size() + " octets is over the limit for this command");
        if (!a.synchronizing() && limits.literalMinus() && a.size() > ProtocolLimits.LITERAL_MINUS_MAX) {
            throw tooBig("non-synchronizing literal over " + ProtocolLimits.LITERAL_MINUS_MAX + " octets");
        }
        if (a.synchronizing()) gate.continueLiteral(a.size());
    }

    private static ProtocolException tooBig(String reason) {
        return new ProtocolException(ProtocolException.Kind.LITERAL_TOO_BIG, reason);
    }

    /**
     * Skips the rest of a refused command: the rest of the line, and every non-synchronising
     * literal the client sends regardless, with the lines after them. A synchronising literal
     * ends the command, since the client waits for a continuation it will not get.
     */
    void discardCommand() throws IOException {
        if (openLiteral != null) {
            openLiteral.drain();
            openLiteral = null;
            if (!loadRaw()) return;
        }
        long skip;
        while ((skip = trailingNonSyncLiteral()) >= 0) {
            input.skip(skip);
            if (!loadRaw()) return;
        }
        pos = end;
    }

    private boolean loadRaw() throws IOException {
        if (!input.next()) return false;
        line = input.buffer();
        pos = 0;
        end = input.length();
        return true;
    }

    /** The size of a {@code {n+}} announced at the end of the current line, else -1. */
    private long trailingNonSyncLiteral() {
        int i = end - 1;
        if (i < 0 || line[i] != '}') return -1;
        i--;
        if (i < 0 || line[i] != '+') return -1;
        int digitsEnd = i;
        while (i > 0 && Chars.digit(line[i - 1])) i--;
        if (i == digitsEnd || i == 0 || line[i - 1] != '{' || digitsEnd - i > 18) return -1;
        return Long.parseLong(new String(line, i, digitsEnd - i, StandardCharsets.US_ASCII));
    }

    static String utf8String(byte[] bytes) throws ProtocolException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProtocolException.syntax("invalid UTF-8");
        }
    }
}
