package dev.junction.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlobIdTest {

    @Test
    void takesLowerCaseHexSha256() {
        String hex = "0123456789abcdef".repeat(4);
        assertThat(new BlobId(hex).toString()).isEqualTo(hex);
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[]{"", "a".repeat(63), "a".repeat(65), "A".repeat(64), "g".repeat(64),
                "a".repeat(63) + "/", "a".repeat(63) + ":", "a".repeat(63) + "`"}) {
            assertThatThrownBy(() -> new BlobId(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a sha-256 hex digest");
        }
    }
}
