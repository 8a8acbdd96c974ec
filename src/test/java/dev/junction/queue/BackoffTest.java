package dev.junction.queue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    /** Jitter at its two extremes: none (random 0) and the most (random just under 1). */
    @ParameterizedTest
    @CsvSource({"1, 60, 48", "2, 120, 96", "3, 240, 192", "6, 1920, 1536", "7, 3600, 2880", "30, 3600, 2880", "0, 60, 48"})
    void doublesFromMinimumUpToMaximum(int attempts, long noJitterSeconds, long fullJitterSeconds) {
        Backoff none = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), fixed(0));
        Backoff most = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), fixed(0.999999));
        assertThat(none.delay(attempts)).isEqualTo(Duration.ofSeconds(noJitterSeconds));
        assertThat(most.delay(attempts)).isBetween(Duration.ofSeconds(fullJitterSeconds), Duration.ofSeconds(fullJitterSeconds + 1));
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
