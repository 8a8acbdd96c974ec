package dev.junction.smtp;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns the bytes after DATA into message content (RFC 5321 4.5.2): removes the leading dot of
 * dot-stuffed lines, stores every line end as CRLF (a bare LF also ends a line) and finds the
 * end of data. Only {@code CRLF . CRLF} ends the data: a dot line next to a bare LF is content,
 * so a message cannot smuggle a second one past a relay that reads line ends differently.
 */
final class DataDecoder {

    private final OutputStream out;
    private boolean lineStart = true;
    private boolean previousLineCrlf = true;
    private boolean dotPending;
    private boolean crPending;

    DataDecoder(OutputStream out) {
        this.out = out;
    }

    /** Takes one byte from the client; returns true when it completed the end-of-data line. */
    boolean feed(int b) throws IOException {
        if (crPending) {
            crPending = false;
            if (b == '\n') return endOfLine(true);
            dotPending = false;
            out.write('\r');
            lineStart = false;
        }
        if (b == '\r') {
            crPending = true;
            return false;
        }
        if (b == '\n') return endOfLine(false);
        if (lineStart) {
            lineStart = false;
            if (b == '.') {
                dotPending = true;
                return false;
            }
        } else {
            dotPending = false; // the stuffing dot is dropped
        }
        out.write(b);
        return false;
    }

    private boolean endOfLine(boolean crlf) throws IOException {
        if (dotPending && crlf && previousLineCrlf) return true;
        if (dotPending) out.write('.');
        dotPending = false;
        out.write('\r');
        out.write('\n');
        lineStart = true;
        previousLineCrlf = crlf;
        return false;
    }
}
