package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A 25 MB message with a base64 attachment, generated while it is read: parsing, BINARY.SIZE and
 * body search stream it, so the bytes they allocate stay far below the message size.
 */
class LargeMessageTest {

    private static final String HEAD = "Subject: big\r\nContent-Type: multipart/mixed; boundary=XYZ\r\n\r\n"
            + "--XYZ\r\nContent-Type: text/plain\r\n\r\nsee attachment\r\n"
            + "--XYZ\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    private static final String TAIL = "\r\n--XYZ\r\nContent-Type: text/plain\r\n\r\nneedle at the end\r\n--XYZ--\r\n";
    private static final String LINE = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n";
    private static final int LINES = 25 * 1024 * 1024 / LINE.length();

    @Test
    void structureOfA25MbMessageIsBuiltWithoutHoldingIt() throws IOException {
        long before = allocated();
        MessageStructure m = MessageStructure.parse(message());
        long used = allocated() - before;

        BodyPart attachment = m.root().children().get(1);
        assertThat(m.size()).isEqualTo(HEAD.length() + (long) LINES * LINE.length() - 2 + TAIL.length());
        assertThat(attachment.size()).isEqualTo((long) LINES * LINE.length() - 2);
        assertThat(m.root().children()).hasSize(3);
        assertThat(used).isLessThan(4L * 1024 * 1024);
    }

    @Test
    void binarySizeAndSearchStream() throws IOException {
        MessageStructure m = MessageStructure.parse(message());
        RawSource raw = LargeMessageTest::message;

        long before = allocated();
        long size = SectionBytes.size(SectionResolver.binary(m, List.of(2)), raw);
        boolean found = MessageText.bodyContains(m, raw, "NEEDLE AT");
        long used = allocated() - before;

        assertThat(size).isEqualTo((long) LINES * 57);
        assertThat(found).isTrue();
        assertThat(used).isLessThan(8L * 1024 * 1024);
    }

    private static InputStream message() {
        InputStream body = new InputStream() {
            private long remaining = (long) LINES * LINE.length() - 2;
            private final byte[] line = LINE.getBytes(StandardCharsets.US_ASCII);
            private long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (remaining == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, remaining);
                for (int i = 0; i < n; i++) {
                    b[off + i] = line[(int) (position++ % line.length)];
                }
                remaining -= n;
                return n;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(HEAD.getBytes(StandardCharsets.US_ASCII)), body,
                new java.io.ByteArrayInputStream(TAIL.getBytes(StandardCharsets.US_ASCII)))));
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
