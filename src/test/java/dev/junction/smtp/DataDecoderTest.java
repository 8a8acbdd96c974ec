package dev.junction.smtp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs are written with \r and \n escapes; "rest" is what follows the end of data, if any. */
class DataDecoderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "null", textBlock = """
            'a\\r\\n.\\r\\n'                   | 'a\\r\\n'                  | ''
            '.\\r\\n'                          | ''                         | ''
            'a\\r\\n.\\r\\nQUIT\\r\\n'         | 'a\\r\\n'                  | 'QUIT\\r\\n'
            '..a\\r\\n.\\r\\n'                 | '.a\\r\\n'                 | ''
            '...\\r\\n.\\r\\n'                 | '..\\r\\n'                 | ''
            '.a\\r\\n.\\r\\n'                  | 'a\\r\\n'                  | ''
            'a\\nb\\n\\r\\n.\\r\\n'            | 'a\\r\\nb\\r\\n\\r\\n'     | ''
            'a\\n.\\r\\nb\\r\\n.\\r\\n'        | 'a\\r\\n.\\r\\nb\\r\\n'    | ''
            'a\\r\\n.\\nb\\r\\n.\\r\\n'        | 'a\\r\\n.\\r\\nb\\r\\n'    | ''
            'a\\rb\\r\\n.\\r\\n'               | 'a\\rb\\r\\n'              | ''
            'a\\r\\n.\\r'                      | 'a\\r\\n'                  | null
            'a\\r\\n'                          | 'a\\r\\n'                  | null
            """)
    void decodes(String input, String content, String rest) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataDecoder decoder = new DataDecoder(out);
        byte[] in = unescape(input).getBytes(StandardCharsets.ISO_8859_1);
        int i = 0;
        boolean ended = false;
        while (i < in.length && !ended) ended = decoder.feed(in[i++] & 0xff);
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo(unescape(content));
        if (rest == null) {
            assertThat(ended).as("end of data").isFalse();
        } else {
            assertThat(ended).as("end of data").isTrue();
            assertThat(new String(in, i, in.length - i, StandardCharsets.ISO_8859_1)).isEqualTo(unescape(rest));
        }
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
