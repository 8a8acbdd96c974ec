package dev.junction.metrics;

import java.util.concurrent.atomic.LongAdder;

/** A monotonically increasing count (messages received, bytes sent); cheap under contention. */
public final class Counter {

    private final LongAdder value = new LongAdder();

    public void increment() {
        value.increment();
    }

    public void add(long n) {
        if (n < 0) throw new IllegalArgumentException("a counter only goes up");
        value.add(n);
    }

    public long value() {
        return value.sum();
    }
}
