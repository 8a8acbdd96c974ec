package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and broken input: every message parses, encodes, caches and serves sections without throwing. */
class MalformedMessageTest {

    static List<String> messages() {
        return List.of(
                "",
                "\r\n",
                "Subject: header only, no blank line",
                "Subject: bare LF\n\nbody\nlines\n",
                "no colon in this header line\r\nSubject: x\r\n\r\nbody",
                "Content-Type: multipart/mixed\r\n\r\nmultipart without boundary\r\n",
                "Content-Type: multipart/mixed; boundary=\"\"\r\n\r\n--\r\n",
                "Content-Type: multipart/mixed; boundary=b\r\n\r\nno delimiter ever\r\n",
                "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b--\r\nclosed before any part\r\n",
                "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n--b\r\n--b\r\n--b--",
                "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n--b--\r\n",
                "Content-Type: message/rfc822\r\n\r\n",
                "Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\nU3ViamVjdDogeA0KDQp5\r\n",
                "Content-Type: ;;;===\"\r\nContent-Disposition: ;\r\nContent-Language:\r\n\r\nx",
                "Content-Type: text/plain; charset=\"unterminated\r\n\r\nx",
                "From: <<<>>>@@@,,,;;;:::\r\nTo: (((unclosed comment\r\nCc: \"\\\r\n\r\n",
                "Subject: \u0000nul\u0000\r\n\r\n\u0000\u0000",
                "Content-Type: text/plain\r\n " + "folded ".repeat(50_000) + "\r\n\r\nx",
                "Subject: x\r\n\r\n" + "a".repeat(100_000) + "\r\n",
                "Content-Type: multipart/mixed; boundary=" + "b".repeat(9000) + "\r\n\r\n--" + "b".repeat(9000) + "\r\n\r\nx");
    }

    @ParameterizedTest
    @MethodSource("messages")
    void neverThrows(String text) throws IOException {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        MessageStructure m = Messages.parse(raw);

        assertThat(m.size()).isEqualTo(raw.length);
        assertConsistent(m.root(), 0, raw.length);
        assertThat(MessageStructure.decode(m.encode())).isEqualTo(m);
        assertThat(new BodyStructureEncoder(new ImapStrings(false)).bodyStructure(m)).startsWith("(").endsWith(")");
        RawSource source = () -> new ByteArrayInputStream(raw);
        for (String spec : List.of("", "HEADER", "TEXT", "1", "1.MIME", "1.1", "2.HEADER", "HEADER.FIELDS (From)")) {
            try (SectionBytes bytes = SectionBytes.open(SectionResolver.body(m, Section.parse(spec)), source, null)) {
                assertThat(bytes.data().readAllBytes()).hasSize((int) bytes.length());
            }
        }
        MessageText.textContains(m, source, "x");
    }

    @Test
    void absurdNestingIsCappedNotRecursedToDeath() throws IOException {
        StringBuilder sb = new StringBuilder();
        int depth = 5000;
        for (int i = 0; i < depth; i++) {
            sb.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n--b").append(i).append("\r\n");
        }
        sb.append("Content-Type: text/plain\r\n\r\ndeep\r\n");
        byte[] raw = sb.toString().getBytes(StandardCharsets.US_ASCII);
        MessageStructure m = Messages.parse(raw);

        assertThat(depth(m.root())).isLessThanOrEqualTo(StructureParser.MAX_DEPTH + 1);
        assertThat(MessageStructure.decode(m.encode())).isEqualTo(m);
        assertThat(new BodyStructureEncoder(new ImapStrings(false)).body(m)).endsWith("\"mixed\")");
    }

    @Test
    void nestedMessagesAreCappedToo() {
        String raw = "Subject: 0\r\nContent-Type: message/rfc822\r\n\r\n".repeat(3000) + "Subject: last\r\n\r\nbody";
        MessageStructure m = Messages.parse(raw.getBytes(StandardCharsets.US_ASCII));

        assertThat(depth(m.root())).isLessThanOrEqualTo(StructureParser.MAX_DEPTH + 1);
        assertThat(m.size()).isEqualTo(raw.length());
    }

    @Test
    void manyPartsAreCapped() {
        String raw = "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + "--b\r\n\r\nx\r\n".repeat(10_000) + "--b--\r\n";
        MessageStructure m = Messages.parse(raw.getBytes(StandardCharsets.US_ASCII));

        assertThat(m.root().children()).hasSizeLessThanOrEqualTo(StructureParser.MAX_PARTS);
        assertThat(m.root().bodyEnd()).isEqualTo(raw.length());
    }

    private static void assertConsistent(BodyPart p, long from, long to) {
        assertThat(p.headerStart()).isBetween(from, to);
        assertThat(p.bodyStart()).isBetween(p.headerStart(), to);
        assertThat(p.bodyEnd()).isBetween(p.bodyStart(), to);
        for (BodyPart c : p.children()) {
            assertConsistent(c, p.bodyStart(), p.bodyEnd());
        }
    }

    private static int depth(BodyPart p) {
        int max = 0;
        List<BodyPart> level = new ArrayList<>(p.children());
        while (!level.isEmpty()) {
            max++;
            List<BodyPart> next = new ArrayList<>();
            level.forEach(c -> next.addAll(c.children()));
            level = next;
        }
        return max;
    }
}
