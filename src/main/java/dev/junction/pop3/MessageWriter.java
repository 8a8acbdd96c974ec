package dev.junction.pop3;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies a stored message to the client as a POP3 multi-line response body (RFC 1939 3): every
 * line that starts with '.' gets another '.', a bare LF becomes CRLF, the last line is ended.
 * The terminating ".CRLF" is the caller's. Streams in small chunks: a message is never whole in
 * memory. For TOP it stops after the header, the blank line and a number of body lines.
 */
final class MessageWriter {

    private static final int ALL = -1;

    private final OutputStream out;
    private boolean lineStart = true;
    private boolean lineEmpty = true;
    private boolean inBody;
    private int bodyLinesLeft;
    private int previous = -1;

    private MessageWriter(OutputStream out, int bodyLines) {
        this.out = out;
        this.bodyLinesLeft = bodyLines;
    }

    /** RETR: the whole message. */
    static void message(InputStream in, OutputStream out) throws IOException {
        new MessageWriter(out, ALL).copy(in);
    }

    /** TOP: the header, the blank line and at most {@code bodyLines} lines of the body. */
    static void top(InputStream in, OutputStream out, int bodyLines) throws IOException {
        new MessageWriter(out, bodyLines).copy(in);
    }

    private void copy(InputStream in) throws IOException {
        byte[] chunk = new byte[8192];
        int n;
        copying:
        while ((n = in.read(chunk)) > 0) {
            for (int i = 0; i < n; i++) {
                if (!write(chunk[i] & 0xff)) break copying;
            }
        }
        if (!lineStart) out.write(new byte[] {'\r', '\n'});
    }

    /** False once TOP has written all the body lines it wants. */
    private boolean write(int b) throws IOException {
        if (lineStart) {
            if (inBody && bodyLinesLeft == 0) return false;
            if (b == '.') out.write('.');
            lineStart = false;
        }
        if (b == '\n') {
            if (previous != '\r') out.write('\r');
            out.write('\n');
            if (inBody) {
                if (bodyLinesLeft > 0) bodyLinesLeft--;
            } else if (lineEmpty) {
                inBody = true;
            }
            lineStart = true;
            lineEmpty = true;
        } else {
            out.write(b);
            if (b != '\r') lineEmpty = false;
        }
        previous = b;
        return true;
    }
}
