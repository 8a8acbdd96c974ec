package dev.junction.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 4616 messages as a table ('~' stands for NUL). */
class SaslPlainTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "~alice@example.com~secret        | ''                | alice@example.com | secret  | false",
            "alice@example.com~alice@example.com~secret | alice@example.com | alice@example.com | secret | false",
            "bob~alice~secret                 | bob               | alice             | secret  | true",
            "~jürgen~pass wörd                | ''                | jürgen            | pass wörd | false",
            "~alice~                          | ''                | alice             | ''      | false",
    })
    void parses(String message, String authzid, String login, String password, boolean another) {
        SaslPlain plain = SaslPlain.parse(bytes(message));
        assertThat(plain.authzid()).isEqualTo(authzid);
        assertThat(plain.login()).isEqualTo(login);
        assertThat(new String(plain.password())).isEqualTo(password);
        assertThat(plain.actsAsAnother()).isEqualTo(another);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"alice", "~alice", "~alice~secret~more", "''"})
    void refusesMalformedMessages(String message) {
        assertThatThrownBy(() -> SaslPlain.parse(bytes(message))).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void refusesBytesThatAreNotUtf8AndWipesTheMessage() {
        byte[] raw = {0, 'a', 0, (byte) 0xff};
        assertThatThrownBy(() -> SaslPlain.parse(raw)).isInstanceOf(IllegalArgumentException.class);
        assertThat(raw).containsOnly(0);
    }

    private static byte[] bytes(String s) {
        return s.replace('~', '\0').getBytes(StandardCharsets.UTF_8);
    }
}
