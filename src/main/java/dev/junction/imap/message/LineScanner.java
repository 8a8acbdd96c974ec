package dev.junction.imap.message;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a raw message line by line while tracking byte offsets. Only the first
 * {@link #PREFIX} bytes of a line are kept, and {@link #skipToDashes()} passes over body lines
 * without keeping anything, so a 25 MB attachment costs no more heap than a short part.
 */
final class LineScanner {

    /**
     * Bytes of a line kept for inspection, well above RFC 5322's 998; longer lines are still
     * counted in full. Copies are sized to the line, so short lines stay cheap.
     */
    static final int PREFIX = 65536;

    private final InputStream in;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int limit;
    private long offset;
    private boolean eof;

    private final byte[] prefix = new byte[PREFIX];
    private long lineStart;
    private long lineLength;
    private int lineEol;
    private int kept;

    private Line lookahead;
    private long consumed;
    private int lastEolLength;

    /** One line: where it starts, its length without the line end, the line end's length, its first bytes. */
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
        if (lookahead == null && scan()) {
            lookahead = new Line(lineStart, lineLength, lineEol, Arrays.copyOf(prefix, kept));
        }
        return lookahead;
    }

    Line next() throws IOException {
        Line line = peek();
        lookahead = null;
        if (line != null) {
            consumed(line.eolLength());
        }
        return line;
    }

    /**
     * Consumes lines up to (not including) the next one that starts with "--", the only lines
     * that can be MIME delimiters, allocating nothing for the lines passed over.
     */
    void skipToDashes() throws IOException {
        if (lookahead != null) {
            if (startsWithDashes(lookahead.prefix())) {
                return;
            }
            next();
        }
        while (scan()) {
            if (kept >= 2 && prefix[0] == '-' && prefix[1] == '-') {
                lookahead = new Line(lineStart, lineLength, lineEol, Arrays.copyOf(prefix, kept));
                return;
            }
            consumed(lineEol);
        }
    }

    /** Offset just past the last consumed line. */
    long offset() {
        return lookahead == null ? offset : lookahead.start();
    }

    /** How many lines were consumed so far. */
    long consumed() {
        return consumed;
    }

    int lastEolLength() {
        return lastEolLength;
    }

    private void consumed(int eol) {
        consumed++;
        lastEolLength = eol;
    }

    private static boolean startsWithDashes(byte[] p) {
        return p.length >= 2 && p[0] == '-' && p[1] == '-';
    }

    /** Reads the next line into the line fields; false at the end of input. */
    private boolean scan() throws IOException {
        lineStart = offset;
        lineLength = 0;
        kept = 0;
        boolean lastWasCr = false;
        while (true) {
            if (position == limit && !fill()) {
                lineEol = 0;
                return lineLength > 0;
            }
            byte b = buffer[position++];
            offset++;
            if (b == '\n') {
                lineEol = lastWasCr ? 2 : 1;
                if (lastWasCr) {
                    lineLength--;
                    if (kept > lineLength) {
                        kept--;
                    }
                }
                return true;
            }
            lastWasCr = b == '\r';
            if (kept < PREFIX) {
                prefix[kept++] = b;
            }
            lineLength++;
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
