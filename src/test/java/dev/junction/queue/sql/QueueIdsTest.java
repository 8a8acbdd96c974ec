package dev.junction.queue.sql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QueueIdsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 000000000000",
        "31, 00000000000Z",
        "32, 000000000010",
        "1152921504606846975, ZZZZZZZZZZZZ",
    })
    void encodesSixtyBitsAsTwelveCrockfordCharacters(long value, String expected) {
        assertThat(QueueIds.encode(value)).isEqualTo(expected);
    }
}
