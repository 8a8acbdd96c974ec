package dev.junction.auth;

import java.time.Duration;

/** How a throttled attempt waits; tests pass one that only records the delay. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling (virtual) thread; an interrupt ends the wait early and stays set. */
    Sleeper THREAD = delay -> {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    void sleep(Duration delay);
}
