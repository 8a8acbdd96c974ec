package dev.junction.pop3;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Dot-stuffing, line ends and TOP's cut, as a table ('|' stands for CRLF, '~' for a bare LF). */
class MessageWriterTest {

    @ParameterizedTest(name = "{0} lines={1}")
    @CsvSource(delimiter = ';', value = {
            "A: 1|B: 2||body|; -1; A: 1|B: 2||body|",
            ".hidden|; -1; ..hidden|",
            "A: 1||.|..|x.|; -1; A: 1||..|...|x.|",
            "A: 1||no end; -1; A: 1||no end|",
            "A: 1~~bare~; -1; A: 1||bare|",
            "A: 1||l1|l2|l3|; 2; A: 1||l1|l2|",
            "A: 1||l1|l2|l3|; 0; A: 1||",
            "A: 1|B: 2|; 0; A: 1|B: 2|",
            "A: 1||.l1|l2|; 1; A: 1||..l1|",
            "A: 1||l1|; 5; A: 1||l1|",
    })
    void writes(String message, int lines, String expected) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayInputStream in = new ByteArrayInputStream(wire(message));
        if (lines < 0) MessageWriter.message(in, out);
        else MessageWriter.top(in, out, lines);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(new String(wire(expected), StandardCharsets.UTF_8));
    }

    private static byte[] wire(String s) {
        return s.replace("|", "\r\n").replace("~", "\n").getBytes(StandardCharsets.UTF_8);
    }
}
