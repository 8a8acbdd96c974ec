package dev.junction.imap.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence-set (RFC 9051 9): message sequence numbers or UIDs as ranges, where
 * {@link #STAR} is the largest number in use, or {@code $}, the result a SEARCH saved
 * (RFC 5182 SEARCHRES).
 */
public record SequenceSet(List<Range> ranges, boolean saved) {

    /** {@code *}: the largest number in use, resolved by whoever applies the set. */
    public static final long STAR = Long.MAX_VALUE;
    static final long MAX_NUMBER = 0xffffffffL;
    public static final SequenceSet SAVED = new SequenceSet(List.of(), true);

    /** An inclusive range; a single number has first == last. Either end may be {@link #STAR}. */
    public record Range(long first, long last) {

        public long low(long largest) {
            return Math.min(resolve(first, largest), resolve(last, largest));
        }

        public long high(long largest) {
            return Math.max(resolve(first, largest), resolve(last, largest));
        }

        private static long resolve(long n, long largest) {
            return n == STAR ? largest : n;
        }

        @Override
        public String toString() {
            String a = first == STAR ? "*" : Long.toString(first);
            return first == last ? a : a + ":" + (last == STAR ? "*" : Long.toString(last));
        }
    }

    public SequenceSet {
        ranges = List.copyOf(ranges);
    }

    public static SequenceSet of(Range... ranges) {
        return new SequenceSet(List.of(ranges), false);
    }

    /** Joins ascending numbers into ranges ({@code 1,2,3,7} is {@code 1:3,7}), for UIDPLUS and ESEARCH. */
    public static SequenceSet ofSorted(long[] ascending) {
        List<Range> ranges = new ArrayList<>();
        int i = 0;
        while (i < ascending.length) {
            int j = i;
            while (j + 1 < ascending.length && ascending[j + 1] == ascending[j] + 1) j++;
            ranges.add(new Range(ascending[i], ascending[j]));
            i = j + 1;
        }
        return new SequenceSet(ranges, false);
    }

    /** Whether {@code n} is in the set when {@code largest} is the number {@code *} stands for. */
    public boolean contains(long n, long largest) {
        for (Range r : ranges) {
            if (n >= r.low(largest) && n <= r.high(largest)) return true;
        }
        return false;
    }

    /**
     * @throws IllegalArgumentException with a reason for the client
     */
    public static SequenceSet parse(String text) {
        if (text.equals("$")) return SAVED;
        if (text.isEmpty()) throw new IllegalArgumentException("expected a sequence set");
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                long n = number(part);
                ranges.add(new Range(n, n));
            } else {
                ranges.add(new Range(number(part.substring(0, colon)), number(part.substring(colon + 1))));
            }
        }
        return new SequenceSet(ranges, false);
    }

    private static long number(String text) {
        if (text.equals("*")) return STAR;
        if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("invalid sequence set");
        }
        long n = Long.parseLong(text);
        if (n == 0 || n > MAX_NUMBER) throw new IllegalArgumentException("sequence number out of range");
        return n;
    }

    @Override
    public String toString() {
        if (saved) return "$";
        StringBuilder out = new StringBuilder();
        for (Range r : ranges) {
            if (!out.isEmpty()) out.append(',');
            out.append(r);
        }
        return out.toString();
    }
}
