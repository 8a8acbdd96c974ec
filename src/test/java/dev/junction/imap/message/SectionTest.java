package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                  | ''  | CONTENT           | ''",
            "1                                   | 1   | CONTENT           | ''",
            "1.2.3                               | 1.2.3 | CONTENT         | ''",
            "header                              | ''  | HEADER            | ''",
            "2.TEXT                              | 2   | TEXT              | ''",
            "4.2.MIME                            | 4.2 | MIME              | ''",
            "HEADER.FIELDS (From To)             | ''  | HEADER_FIELDS     | From,To",
            "1.HEADER.FIELDS.NOT (\"Subject\" X-A) | 1  | HEADER_FIELDS_NOT | Subject,X-A",
    })
    void parses(String spec, String part, Section.Kind kind, String fields) {
        Section s = Section.parse(spec);

        assertThat(s.part().stream().map(String::valueOf).toList())
                .isEqualTo(part.isEmpty() ? List.of() : List.of(part.split("\\.")));
        assertThat(s.kind()).isEqualTo(kind);
        assertThat(s.fields()).isEqualTo(fields.isEmpty() ? List.of() : List.of(fields.split(",")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"MIME", "0", "1.", "1..2", "BODY", "HEADER.FIELDS", "HEADER.FIELDS ()",
            "HEADER.FIELDS From", "99999999999", "1.TEXTX"})
    void rejects(String spec) {
        assertThatThrownBy(() -> Section.parse(spec)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0   | 100 | 0  | 100",
            "10  | 5   | 10 | 15",
            "95  | 10  | 95 | 100",
            "200 | 10  | 100 | 100",
            "0   | 0   | 0  | 0",
    })
    void partialClipsToTheContent(long origin, long count, long from, long to) {
        assertThat(new Partial(origin, count).clip(100)).containsExactly(from, to);
    }

    /** RFC 9051 section 6.4.5: a message that is not multipart has a part 1; its MIME header is the message header. */
    @Test
    void singlePartMessageHasPartOne() throws IOException {
        byte[] raw = "Subject: s\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        MessageStructure m = Messages.parse(raw);

        assertThat(text(m, raw, "1")).isEqualTo("body\r\n");
        assertThat(text(m, raw, "1.MIME")).isEqualTo("Subject: s\r\n\r\n");
        assertThat(text(m, raw, "2")).isEmpty();
        assertThat(text(m, raw, "1.1")).isEmpty();
        assertThat(text(m, raw, "1.HEADER")).isEmpty();
        assertThat(SectionResolver.body(m, Section.parse("2"))).isInstanceOf(SectionContent.Missing.class);
    }

    /** The RFC's numbering example: parts inside an encapsulated message, and its single-part body as x.1. */
    @Test
    void encapsulatedSinglePartMessage() throws IOException {
        String text = "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\none\r\n--b\r\n"
                + "Content-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\ninner body\r\n--b--\r\n";
        byte[] raw = text.getBytes(StandardCharsets.US_ASCII);
        MessageStructure m = Messages.parse(raw);

        assertThat(text(m, raw, "2")).isEqualTo("Subject: inner\r\n\r\ninner body");
        assertThat(text(m, raw, "2.HEADER")).isEqualTo("Subject: inner\r\n\r\n");
        assertThat(text(m, raw, "2.TEXT")).isEqualTo("inner body");
        assertThat(text(m, raw, "2.1")).isEqualTo("inner body");
        assertThat(text(m, raw, "2.MIME")).isEqualTo("Content-Type: message/rfc822\r\n\r\n");
        assertThat(text(m, raw, "2.1.MIME")).isEqualTo("Subject: inner\r\n\r\n");
        assertThat(text(m, raw, "1.HEADER")).isEmpty();
        assertThat(text(m, raw, "2.HEADER.FIELDS (subject)")).isEqualTo("Subject: inner\r\n\r\n");
        assertThat(text(m, raw, "2.HEADER.FIELDS (X-None)")).isEqualTo("\r\n");
    }

    /** Regression guard: header lines longer than the scanner's old 8 KiB prefix were cut. */
    @Test
    void longHeaderLinesStayWhole() throws IOException {
        StringBuilder to = new StringBuilder("To: ");
        for (int i = 0; i < 1000; i++) {
            to.append(i == 0 ? "" : ", ").append("user").append(i).append("@example.com");
        }
        String field = to + "\r\n";
        byte[] raw = ("Subject: s\r\n" + field + "\r\nbody").getBytes(StandardCharsets.US_ASCII);
        MessageStructure m = Messages.parse(raw);

        assertThat(field.length()).isGreaterThan(20_000);
        assertThat(m.envelope().to()).hasSize(1000);
        assertThat(text(m, raw, "HEADER.FIELDS (To)")).isEqualTo(field + "\r\n");
    }

    @Test
    void binaryOfAnUnknownEncodingIsRefused() {
        MessageStructure m = Messages.parse(Messages.resource("bad-encodings.eml"));

        assertThat(SectionResolver.binary(m, List.of(3))).isEqualTo(new SectionContent.UnknownEncoding("x-uuencode"));
        assertThat(SectionResolver.binary(m, List.of(9))).isInstanceOf(SectionContent.Missing.class);
    }

    @Test
    void binaryDecodesLenientlyAndPartially() throws IOException {
        byte[] raw = Messages.resource("bad-encodings.eml");
        MessageStructure m = Messages.parse(raw);
        RawSource source = () -> new ByteArrayInputStream(raw);

        try (SectionBytes qp = SectionBytes.open(SectionResolver.binary(m, List.of(1)), source, new Partial(0, 9))) {
            assertThat(new String(qp.data().readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("broken =Z");
        }
        assertThat(SectionBytes.size(SectionResolver.binary(m, List.of(2)), source)).isPositive();
        assertThat(SectionBytes.size(SectionResolver.binary(m, List.of(4)), source)).isZero();
    }

    @Test
    void binaryGoesAsLiteral8WhenDecodedOrWhenTheRawOctetsHoldNul() throws IOException {
        byte[] raw = ("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                + "ab\0cd\r\n--b\r\nContent-Transfer-Encoding: 8bit\r\n\r\ncaf\u00e9\r\n--b\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\naGk=\r\n--b--\r\n").getBytes(StandardCharsets.UTF_8);
        MessageStructure m = Messages.parse(raw);
        RawSource source = () -> new ByteArrayInputStream(raw);

        assertThat(SectionBytes.needsLiteral8(SectionResolver.binary(m, List.of(1)), source, null)).isTrue();
        assertThat(SectionBytes.needsLiteral8(SectionResolver.binary(m, List.of(1)), source, new Partial(3, 2))).isFalse();
        assertThat(SectionBytes.needsLiteral8(SectionResolver.binary(m, List.of(2)), source, null)).isFalse();
        assertThat(SectionBytes.needsLiteral8(SectionResolver.binary(m, List.of(3)), source, null)).isTrue();
        assertThat(SectionBytes.needsLiteral8(SectionResolver.binary(m, List.of(4)), source, null)).isFalse();
    }

    /** Regression, found by MutatedMessageTest: Mime4j's base64 decoder returned 0 here, which readers took for an error or the end. */
    @Test
    void base64WithPaddingInTheMiddleStillReads() throws IOException {
        byte[] raw = "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n--x=?yz--\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        MessageStructure m = Messages.parse(raw);
        RawSource source = () -> new ByteArrayInputStream(raw);

        try (SectionBytes bytes = SectionBytes.open(SectionResolver.binary(m, List.of(1)), source, null)) {
            assertThat(bytes.data().readAllBytes()).hasSize((int) bytes.length());
        }
        assertThat(MessageText.textContains(m, source, "zzz")).isFalse();
    }

    private static String text(MessageStructure m, byte[] raw, String spec) throws IOException {
        try (SectionBytes bytes = SectionBytes.open(SectionResolver.body(m, Section.parse(spec)),
                () -> new ByteArrayInputStream(raw), null)) {
            return new String(bytes.data().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
