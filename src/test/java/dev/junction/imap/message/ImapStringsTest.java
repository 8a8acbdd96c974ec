package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImapStringsTest {

    static Stream<Arguments> strings() {
        return Stream.of(
                Arguments.of("plain", false, "\"plain\""),
                Arguments.of("say \"hi\" \\ o", false, "\"say \\\"hi\\\" \\\\ o\""),
                Arguments.of("Zoë", false, "{4}\r\nZoë"),
                Arguments.of("Zoë", true, "\"Zoë\""),
                Arguments.of("", false, "\"\""),
                Arguments.of("a\rb", true, "{3}\r\na\rb"),
                Arguments.of("a\nb", true, "{3}\r\na\nb"),
                Arguments.of("nul\0", true, "\"nul\""),
                Arguments.of(null, false, "NIL"));
    }

    @ParameterizedTest
    @MethodSource("strings")
    void quotesOrSendsALiteral(String text, boolean utf8, String expected) {
        StringBuilder out = new StringBuilder();
        new ImapStrings(utf8).nstring(out, text);

        assertThat(out.toString()).isEqualTo(expected);
    }
}
