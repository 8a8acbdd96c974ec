package dev.junction.imap.protocol;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ModifiedUtf7Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ~peter/mail/&U,BTFw-/&ZeVnLIqe- | ~peter/mail/台北/日本語
            &Jjo-!                           | ☺!
            AT&-T                            | AT&T
            Entw&APw-rfe                     | Entwürfe
            &ZeVnLIqe-                       | 日本語
            INBOX                            | INBOX
            &2D3eAA-                         | 😀
            Sent &- Archived/&AOkA6ADq-t&AOk- | Sent & Archived/éèêté
            """)
    void roundTrips(String encoded, String decoded) {
        assertThat(ModifiedUtf7.decode(encoded)).isEqualTo(decoded);
        assertThat(ModifiedUtf7.encode(decoded)).isEqualTo(encoded);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"&Jjo", "&AGE-", "&Jj!-", "caf\u00e9", "&A-", "&2D0-", "tab\there"})
    void refusesInvalid(String encoded) {
        assertThatIllegalArgumentException().isThrownBy(() -> ModifiedUtf7.decode(encoded));
    }
}
