package dev.junction.smtp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpInputTest {

    private static SmtpInput input(String s) {
        return new SmtpInput(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "null", textBlock = """
            'NOOP\\r\\n'          | NOOP
            'NOOP\\n'             | NOOP
            '\\r\\n'              | ''
            'NOOP'                | null
            'HELO ü\\r\\n'        | 'HELO ü'
            """)
    void readsLines(String input, String line) throws Exception {
        assertThat(input(input.replace("\\r", "\r").replace("\\n", "\n")).readLine(512)).isEqualTo(line);
    }

    @Test
    void dropsALineTooLongAndGoesOn() throws Exception {
        SmtpInput in = input("x".repeat(2_000_000) + "\r\nNOOP\r\n");
        assertThatThrownBy(() -> in.readLine(512))
                .isInstanceOfSatisfying(SmtpException.class, e -> assertThat(e.error()).isEqualTo(SmtpError.LINE_TOO_LONG));
        assertThat(in.readLine(512)).isEqualTo("NOOP");
    }

    @Test
    void lineOfExactlyTheLimitIsAccepted() throws Exception {
        assertThat(input("y".repeat(512) + "\r\n").readLine(512)).hasSize(512);
        assertThatThrownBy(() -> input("y".repeat(513) + "\r\n").readLine(512)).isInstanceOf(SmtpException.class);
    }

    @Test
    void refusesBrokenUtf8() {
        SmtpInput in = new SmtpInput(new ByteArrayInputStream(new byte[]{'H', (byte) 0xff, '\r', '\n'}));
        assertThatThrownBy(() -> in.readLine(512))
                .isInstanceOfSatisfying(SmtpException.class, e -> assertThat(e.error()).isEqualTo(SmtpError.SYNTAX));
    }

    @Test
    void copiesExactByteCounts() throws IOException {
        SmtpInput in = input("abcdefNOOP\r\n");
        var out = new java.io.ByteArrayOutputStream();
        assertThat(in.copy(6, out)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("abcdef");
        assertThat(in.hasBuffered()).isTrue();
        assertThat(in.copy(100, null)).isFalse();
    }
}
