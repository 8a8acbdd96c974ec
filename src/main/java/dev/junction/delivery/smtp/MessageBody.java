package dev.junction.delivery.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes message content in the two SMTP forms: DATA (lines ending CRLF, dot-stuffed,
 * terminated by {@code .CRLF}, RFC 5321 4.5.2) and BDAT chunks (RFC 3030, bytes as they are).
 */
final class MessageBody {

    static final int CHUNK = 64 * 1024;

    private MessageBody() {
    }

    /** Copies content for DATA: bare LF becomes CRLF, a leading dot is doubled, then {@code .CRLF}. */
    static void writeData(InputStream content, OutputStream out) throws IOException {
        byte[] buf = new byte[8192];
        boolean lineStart = true;
        int prev = '\n';
        int n;
        while ((n = content.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                int c = buf[i] & 0xff;
                if (c == '\n' && prev != '\r') out.write('\r');
                if (c == '.' && lineStart) out.write('.');
                out.write(c);
                lineStart = c == '\n';
                prev = c;
            }
        }
        if (!lineStart) out.write(new byte[] {'\r', '\n'});
        out.write(new byte[] {'.', '\r', '\n'});
        out.flush();
    }

    /** Sends chunks; returns the reply to the last one, or the first negative reply. */
    static Reply writeChunks(InputStream content, SmtpConnection c) throws IOException {
        byte[] buf = new byte[CHUNK];
        while (true) {
            int n = content.readNBytes(buf, 0, CHUNK);
            boolean last = n < CHUNK;
            c.output().write(("BDAT " + n + (last ? " LAST" : "") + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            c.output().write(buf, 0, n);
            c.output().flush();
            Reply r = c.read();
            if (last || !r.positive()) return r;
        }
    }
}
