package dev.junction.imap.message;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test messages: resources under imap/message/ (LF line ends turned into CRLF) and parsing helpers. */
final class Messages {

    private Messages() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Messages.class.getResourceAsStream("/imap/message/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test message " + name);
            }
            return crlf(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] crlf(String text) {
        return crlf(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] crlf(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static MessageStructure parse(byte[] raw) {
        try {
            return MessageStructure.parse(new ByteArrayInputStream(raw));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
