package dev.junction.queue.sql;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Queue ids: 12 characters of Crockford base32 (no I, L, O, U) encoding 60 bits, the clock's
 * milliseconds above 18 random bits. Ids sort in the order they were made, never repeat within
 * a process, and the random bits keep nodes sharing one database apart (the unique column
 * catches the rest). Short enough to read aloud from a log line.
 */
final class QueueIds {

    static final int LENGTH = 12;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int RANDOM_BITS = 18;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong last = new AtomicLong();

    QueueIds(Clock clock) {
        this.clock = clock;
    }

    String next() {
        long candidate = (clock.millis() << RANDOM_BITS) | random.nextInt(1 << RANDOM_BITS);
        return encode(last.updateAndGet(prev -> Math.max(candidate, prev + 1)));
    }

    static String encode(long value) {
        char[] out = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            out[i] = ALPHABET[(int) (value & 31)];
            value >>>= 5;
        }
        return new String(out);
    }
}
