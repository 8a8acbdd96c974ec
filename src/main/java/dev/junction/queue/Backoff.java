package dev.junction.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Exponential retry schedule: {@code min * 2^(attempts-1)}, at most {@code max}, shortened by up
 * to a fifth at random so that mail deferred together does not come back all at once.
 */
final class Backoff {

    private final Duration min;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(Duration min, Duration max, RandomGenerator random) {
        this.min = min;
        this.max = max.compareTo(min) < 0 ? min : max;
        this.random = random;
    }

    /** The wait after the given number of failed attempts (1 = first failure). */
    Duration delay(int attempts) {
        int doublings = Math.clamp(attempts - 1, 0, 40);
        long ms = min.toMillis();
        for (int i = 0; i < doublings && ms < max.toMillis(); i++) ms *= 2;
        ms = Math.min(ms, max.toMillis());
        return Duration.ofMillis(ms - (long) (ms * 0.2 * random.nextDouble()));
    }

    Instant next(int attempts, Instant now) {
        return now.plus(delay(attempts));
    }
}
