package dev.junction.store.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlagsTest {

    @Test
    void systemFlagsAreBitsAndKeywordsAreTextBothCaseInsensitive() {
        Flags f = Flags.of(List.of("\\SEEN", "\\deleted", "$Work", "$work", "Later"));
        assertThat(f.bits()).isEqualTo(Flags.SEEN | Flags.DELETED);
        assertThat(f.keywordText()).isEqualTo("$Work Later");
        assertThat(f.names()).containsExactlyInAnyOrder("\\Seen", "\\Deleted", "$Work", "Later");
        assertThat(Flags.ofRow(f.bits(), f.keywordText())).isEqualTo(f);
    }

    @Test
    void plusAndMinusKeepTheFirstSpelling() {
        Flags f = Flags.of(Set.of("$Work"));
        assertThat(f.plus(Flags.of(Set.of("$WORK", "\\Flagged"))).names()).containsExactlyInAnyOrder("$Work", "\\Flagged");
        assertThat(f.minus(Flags.of(Set.of("$work"))).names()).isEmpty();
        assertThat(Flags.of(List.of("a", "b")).sameAs(Flags.of(List.of("B", "A")))).isTrue();
        assertThat(Flags.of(List.of("a")).sameAs(Flags.of(List.of("a", "b")))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\Recent", "\\Unknown", "", "two words", "tab\tkeyword"})
    void whatCannotBeStoredIsRefused(String flag) {
        assertThatThrownBy(() -> Flags.of(List.of(flag))).isInstanceOf(IllegalArgumentException.class);
    }
}
