package dev.junction.delivery.smtp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBodyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain                  | a\\r\\nb\\r\\n             | a\\r\\nb\\r\\n.\\r\\n
            leading dot            | .a\\r\\n                   | ..a\\r\\n.\\r\\n
            lone dot line          | a\\r\\n.\\r\\nb\\r\\n      | a\\r\\n..\\r\\nb\\r\\n.\\r\\n
            dot at start           | .\\r\\n                    | ..\\r\\n.\\r\\n
            dot mid line           | a.b\\r\\n                  | a.b\\r\\n.\\r\\n
            no final newline       | a                          | a\\r\\n.\\r\\n
            bare LF                | a\\nb\\n                   | a\\r\\nb\\r\\n.\\r\\n
            dot after bare LF      | a\\n.b                     | a\\r\\n..b\\r\\n.\\r\\n
            empty                  | ''                         | .\\r\\n
            """)
    void dataIsDotStuffedAndTerminated(String name, String in, String expected) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MessageBody.writeData(new ByteArrayInputStream(unescape(in).getBytes(StandardCharsets.US_ASCII)), out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(unescape(expected));
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
