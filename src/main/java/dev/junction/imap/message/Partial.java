package dev.junction.imap.message;

/** The {@code <origin.count>} of a FETCH BODY[...] or BINARY[...] (RFC 9051 section 6.4.5). */
public record Partial(long origin, long count) {

    public Partial {
        if (origin < 0 || count < 0) {
            throw new IllegalArgumentException("partial origin and count must not be negative");
        }
    }

    /** The [start, end) that this partial selects out of {@code length} octets. */
    long[] clip(long length) {
        long start = Math.min(origin, length);
        long end = Math.min(length, start + count);
        return new long[] {start, end};
    }
}
