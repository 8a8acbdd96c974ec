package dev.junction.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per key inside a window, with an optional lock, in at most {@code capacity}
 * entries: the least recently touched entry is dropped first, so a client that keeps trying
 * keeps its own entry, and expired entries are swept as the table is used. Not thread-safe;
 * {@link AuthThrottle} holds the lock.
 */
final class FailureTable {

    /** Failures since {@code windowStart}; {@code lockedUntil} is null when not locked. */
    static final class Tally {
        int failures;
        Instant windowStart;
        Instant lockedUntil;
    }

    private static final int SWEEP_EVERY = 1024;

    private final Duration window;
    private final int capacity;
    private final LinkedHashMap<String, Tally> entries;
    private int sinceSweep;

    FailureTable(Duration window, int capacity) {
        this.window = window;
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
                return size() > FailureTable.this.capacity;
            }
        };
    }

    /** The live entry for a key, or null. */
    Tally find(String key, Instant now) {
        sweep(now);
        Tally e = entries.get(key);
        if (e != null && expired(e, now)) {
            entries.remove(key);
            return null;
        }
        return e;
    }

    /** Counts one failure and returns the entry (its window restarted if it had run out). */
    Tally fail(String key, Instant now) {
        Tally e = find(key, now);
        if (e == null) {
            e = new Tally();
            entries.put(key, e);
        }
        if (e.failures == 0 || !now.isBefore(e.windowStart.plus(window))) {
            e.failures = 0;
            e.windowStart = now;
        }
        e.failures++;
        return e;
    }

    void forget(String key) {
        entries.remove(key);
    }

    int size() {
        return entries.size();
    }

    private boolean expired(Tally e, Instant now) {
        boolean locked = e.lockedUntil != null && now.isBefore(e.lockedUntil);
        return !locked && !now.isBefore(e.windowStart.plus(window));
    }

    private void sweep(Instant now) {
        if (++sinceSweep < SWEEP_EVERY) return;
        sinceSweep = 0;
        for (Iterator<Tally> it = entries.values().iterator(); it.hasNext(); ) {
            if (expired(it.next(), now)) it.remove();
        }
    }
}
