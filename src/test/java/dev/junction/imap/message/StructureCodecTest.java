package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cache form reads back to the same structure and refuses anything else. */
class StructureCodecTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain-ascii", "utf8-8bit", "alternative", "mixed-attachment", "nested-rfc822",
            "missing-end-boundary", "bad-encodings"})
    void roundTrips(String name) {
        MessageStructure m = Messages.parse(Messages.resource(name + ".eml"));
        String cached = m.encode();

        assertThat(MessageStructure.decode(cached)).isEqualTo(m);
        assertThat(cached.length()).isLessThan((int) m.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "J1;", "J1;12;~", "X1;1;~", "J1;5;~0;0;5;4:text5:plain0;~~~~~0;~~0;~0;0;junk",
            "J1;5;~0;0;5;99:text"})
    void refusesWhatItDidNotWrite(String text) {
        assertThatThrownBy(() -> MessageStructure.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
