package dev.junction.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UidSetTest {

    /** "a:b" ranges, as given, and the normalised set they make. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1:1                  | 1:1
            3:5 1:2              | 1:5
            1:3 2:9 20:20        | 1:9 20:20
            7:7 5:5 6:6          | 5:7
            10:20 1:9223372036854775807 | 1:9223372036854775807
            1:9223372036854775807 5:6   | 1:9223372036854775807
            """)
    void rangesAreSortedAndMerged(String given, String normalised) {
        assertThat(set(given)).isEqualTo(new UidSet(parse(normalised)));
        assertThat(set(given).ranges()).isEqualTo(parse(normalised));
    }

    @ParameterizedTest
    @CsvSource({"1:3 7:9, 1, true", "1:3 7:9, 3, true", "1:3 7:9, 4, false", "1:3 7:9, 9, true", "1:3 7:9, 10, false",
            "5:5, 4, false", "5:5, 5, true"})
    void containsAnswersFromTheRanges(String given, long uid, boolean contained) {
        assertThat(set(given).contains(uid)).isEqualTo(contained);
    }

    @ParameterizedTest
    @CsvSource({"1:3 7:9, 1, 9", "4:4, 4, 4"})
    void minAndMaxAreTheEnds(String given, long min, long max) {
        assertThat(set(given).min()).isEqualTo(min);
        assertThat(set(given).max()).isEqualTo(max);
    }

    private static UidSet set(String ranges) {
        return new UidSet(parse(ranges));
    }

    private static List<UidSet.Range> parse(String ranges) {
        return Arrays.stream(ranges.trim().split(" +")).map(r -> r.split(":"))
                .map(p -> new UidSet.Range(Long.parseLong(p[0]), Long.parseLong(p[1]))).toList();
    }
}
