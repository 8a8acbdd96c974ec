package dev.junction.imap.message;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a raw message line by line while tracking byte offsets. Only the first
 * {@link #PREFIX} bytes of a line are kept: enough for header fields and boundaries,
 * so a 25 MB single-line attachment costs no more heap than a short line.
 */
final class LineScanner {

    /** Bytes of a line kept for inspection; longer lines are still counted in full. */
    static final int PREFIX = 8192;

    private final InputStream in;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int limit;
    private long offset;
    private boolean eof;
    private boolean lastWasCr;

    private final byte[] prefix = new byte[PREFIX];
    private Line lookahead;
    private long consumed;
    private int lastEolLength;

    /** One line: where it starts, its length without the line end, and the line end's length. */
    record Line(long start, long length, int eolLength, byte[] prefix) {
        long end() {
            return start + length + eolLength;
        }

        boolean isBlank() {
            return length == 0;
        }

        String text() {
            return Text.decode(prefix, 0, prefix.length);
        }
    }

    LineScanner(InputStream in) {
        this.in = in;
    }

    /** The next line without consuming it, or null at the end of input. */
    Line peek() throws IOException {
        if (lookahead == null) {
            lookahead = read();
        }
        return lookahead;
    }

    Line next() throws IOException {
        Line line = peek();
        lookahead = null;
        if (line != null) {
            consumed++;
            lastEolLength = line.eolLength();
        }
        return line;
    }

    /** How many lines were consumed so far. */
    long consumed() {
        return consumed;
    }

    int lastEolLength() {
        return lastEolLength;
    }

    /** Offset just past the last consumed line. */
    long offset() {
        return lookahead == null ? offset : lookahead.start();
    }

    private Line read() throws IOException {
        long start = offset;
        long length = 0;
        int kept = 0;
        while (true) {
            if (position == limit && !fill()) {
                if (length == 0) {
                    return null;
                }
                return new Line(start, length, 0, Arrays.copyOf(prefix, kept));
            }
            byte b = buffer[position++];
            offset++;
            if (b == '\n') {
                int eol = 1;
                if (kept > 0 && kept == length && prefix[kept - 1] == '\r') {
                    eol = 2;
                    kept--;
                    length--;
                } else if (length > kept && lastWasCr) {
                    eol = 2;
                    length--;
                }
                lastWasCr = false;
                return new Line(start, length, eol, Arrays.copyOf(prefix, kept));
            }
            lastWasCr = b == '\r';
            if (kept < PREFIX) {
                prefix[kept++] = b;
            }
            length++;
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
