package dev.junction.imap.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds server responses as octets, with the spaces between items, string quoting and the
 * literal choice done here once: the session's {@code reply} step, free of I/O.
 *
 * <pre>{@code
 * new ResponseBuilder(utf8).untagged().number(17).atom("EXISTS").end()
 *         .tagged(tag).condition(Condition.OK).code(ResponseCode.READ_WRITE).text("SELECT completed").end()
 *         .take();   // the octets to write
 * }</pre>
 *
 * For a message body too big to hold, write {@link #literalHeader} then {@link #take()} the
 * octets so far, stream the body to the connection, and go on building after it.
 */
public final class ResponseBuilder {

    /** Longer strings go as literals, so no quoted string strains a client's line buffer. */
    static final int MAX_QUOTED = 1024;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    private final boolean utf8;
    private boolean needSpace;

    /** @param utf8 the client enabled UTF8=ACCEPT or IMAP4rev2: UTF-8 may be quoted, names are UTF-8 */
    public ResponseBuilder(boolean utf8) {
        this.utf8 = utf8;
    }

    public ResponseBuilder untagged() {
        ascii("* ");
        needSpace = false;
        return this;
    }

    public ResponseBuilder tagged(String tag) {
        ascii(tag);
        ascii(" ");
        needSpace = false;
        return this;
    }

    /** A whole continuation request line: {@code + text} CRLF; an empty text is an empty SASL challenge. */
    public ResponseBuilder continuation(String text) {
        ascii("+ ");
        needSpace = false;
        return text.isEmpty() ? end() : text(text).end();
    }

    public ResponseBuilder condition(Condition condition) {
        return atom(condition.name());
    }

    /** Anything written as is: an atom, a keyword, a flag, a preformatted item name. */
    public ResponseBuilder atom(String atom) {
        space();
        ascii(atom);
        needSpace = true;
        return this;
    }

    public ResponseBuilder number(long n) {
        return atom(Long.toString(n));
    }

    public ResponseBuilder nil() {
        return atom("NIL");
    }

    /** A quoted string when it can be one, else a literal. */
    public ResponseBuilder string(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!quotable(bytes)) return literal(bytes);
        space();
        out.write('"');
        for (byte b : bytes) {
            if (b == '"' || b == '\\') out.write('\\');
            out.write(b);
        }
        out.write('"');
        needSpace = true;
        return this;
    }

    private boolean quotable(byte[] bytes) {
        if (bytes.length > MAX_QUOTED) return false;
        for (byte b : bytes) {
            if (b == '\r' || b == '\n' || b == 0 || (b < 0 && !utf8)) return false;
        }
        return true;
    }

    /**
     * A value the {@code imap.message} encoders already wrote in IMAP syntax (ENVELOPE,
     * BODYSTRUCTURE: parentheses, quoted strings, literals counted in UTF-8 octets), sent as UTF-8.
     */
    public ResponseBuilder encoded(String value) {
        space();
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        needSpace = true;
        return this;
    }

    public ResponseBuilder nstring(String text) {
        return text == null ? nil() : string(text);
    }

    /** A mailbox name: UTF-8 for a client that enabled it, else modified UTF-7. */
    public ResponseBuilder mailbox(String name) {
        return string(utf8 ? name : ModifiedUtf7.encode(name));
    }

    public ResponseBuilder literal(byte[] content) {
        literalHeader(content.length, false);
        out.writeBytes(content);
        needSpace = true;
        return this;
    }

    /** {@code {n}} CRLF, or {@code ~{n}} for BINARY content that has NUL (RFC 3516); the caller sends the octets. */
    public ResponseBuilder literalHeader(long size, boolean binary) {
        space();
        ascii((binary ? "~{" : "{") + size + "}\r\n");
        needSpace = true;
        return this;
    }

    public ResponseBuilder open() {
        space();
        out.write('(');
        needSpace = false;
        return this;
    }

    public ResponseBuilder close() {
        out.write(')');
        needSpace = true;
        return this;
    }

    public ResponseBuilder code(ResponseCode code) {
        return code == null ? this : atom(code.encoded());
    }

    /** Human-readable text, the rest of the line; line breaks become spaces. */
    public ResponseBuilder text(String text) {
        String clean = text == null || text.isBlank() ? "done" : text.replace('\r', ' ').replace('\n', ' ');
        space();
        out.writeBytes(clean.getBytes(StandardCharsets.UTF_8));
        needSpace = true;
        return this;
    }

    public ResponseBuilder end() {
        ascii("\r\n");
        needSpace = false;
        return this;
    }

    /** The octets built so far, leaving the builder empty for more. */
    public byte[] take() {
        byte[] bytes = out.toByteArray();
        out.reset();
        return bytes;
    }

    private void space() {
        if (needSpace) out.write(' ');
    }

    private void ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code tag OK|NO|BAD [code] text} CRLF. */
    public static byte[] tagged(String tag, Condition condition, ResponseCode code, String text) {
        return new ResponseBuilder(false).tagged(tag).condition(condition).code(code).text(text).end().take();
    }

    /** {@code * OK|NO|BAD|PREAUTH|BYE [code] text} CRLF. */
    public static byte[] untagged(Condition condition, ResponseCode code, String text) {
        return new ResponseBuilder(false).untagged().condition(condition).code(code).text(text).end().take();
    }
}
