package dev.junction.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of UIDs as sorted, disjoint, non-adjacent ranges. The protocol layer resolves "*" and
 * sequence numbers before it builds one, so a set here is plain numbers.
 */
public record UidSet(List<Range> ranges) {

    public record Range(long first, long last) {
        public Range {
            if (first < 1 || last < first) throw new IllegalArgumentException("bad UID range " + first + ":" + last);
        }
    }

    /** Every UID. */
    public static final UidSet ALL = range(1, Long.MAX_VALUE);

    public UidSet {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(Range::first));
        List<Range> merged = new ArrayList<>();
        for (Range r : sorted) {
            Range last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && (last.last() == Long.MAX_VALUE || r.first() <= last.last() + 1)) {
                merged.set(merged.size() - 1, new Range(last.first(), Math.max(last.last(), r.last())));
            } else {
                merged.add(r);
            }
        }
        ranges = List.copyOf(merged);
    }

    public static UidSet range(long first, long last) {
        return new UidSet(List.of(new Range(first, last)));
    }

    public static UidSet of(long... uids) {
        List<Range> rs = new ArrayList<>();
        for (long u : uids) rs.add(new Range(u, u));
        return new UidSet(rs);
    }

    public static UidSet of(List<Long> uids) {
        return new UidSet(uids.stream().map(u -> new Range(u, u)).toList());
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Smallest UID in the set; 1 when empty. */
    public long min() {
        return ranges.isEmpty() ? 1 : ranges.getFirst().first();
    }

    /** Largest UID in the set; 0 when empty. */
    public long max() {
        return ranges.isEmpty() ? 0 : ranges.getLast().last();
    }

    public boolean contains(long uid) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Range r = ranges.get(mid);
            if (uid < r.first()) hi = mid - 1;
            else if (uid > r.last()) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
