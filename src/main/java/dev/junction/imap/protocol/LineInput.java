package dev.junction.imap.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The client's octets as lines (between literals) and literal bodies. A line never holds more
 * than the line limit: a longer one is read to its end keeping only its last octets, enough to
 * see whether it announced a literal that must be skipped.
 */
final class LineInput {

    private static final int TAIL = 32;
    private static final int HEAD = 64;

    private final InputStream in;
    private final int maxLength;
    private byte[] line = new byte[256];
    private int length;
    private boolean overflowed;
    private byte[] head = new byte[0];

    LineInput(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * Reads the next line, ended by CRLF or a bare LF, without the line end.
     *
     * @return false when the stream ended before the first octet of a line
     * @throws EOFException when it ended inside a line
     */
    boolean next() throws IOException {
        length = 0;
        overflowed = false;
        int b = in.read();
        if (b < 0) return false;
        while (b != '\n') {
            append(b);
            b = in.read();
            if (b < 0) throw new EOFException("connection closed inside a command line");
        }
        if (length > 0 && line[length - 1] == '\r') length--;
        if (!overflowed && length > maxLength) keepTail();
        return true;
    }

    private void append(int b) {
        if (length == line.length) {
            if (overflowed || length > maxLength) {
                keepTail();
            } else {
                line = Arrays.copyOf(line, Math.min(line.length * 2, maxLength + 1));
                if (length == line.length) keepTail();
            }
        }
        line[length++] = (byte) b;
    }

    private void keepTail() {
        if (!overflowed) head = Arrays.copyOf(line, Math.min(HEAD, length));
        overflowed = true;
        int keep = Math.min(TAIL, length);
        System.arraycopy(line, length - keep, line, 0, keep);
        length = keep;
    }

    byte[] buffer() {
        return line;
    }

    int length() {
        return length;
    }

    /** The first octets of an overlong line, where its tag is. */
    byte[] head() {
        return head;
    }

    /** The line was over the limit; only its last octets are in the buffer. */
    boolean overflowed() {
        return overflowed;
    }

    /** The next {@code size} octets as a stream; reading past them ends it, a short input fails. */
    BoundedInput literal(long size) {
        return new BoundedInput(in, size);
    }

    void skip(long size) throws IOException {
        new BoundedInput(in, size).drain();
    }
}
