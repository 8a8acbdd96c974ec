package dev.junction.imap;

import dev.junction.imap.protocol.SequenceSet;
import dev.junction.store.UidSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The messages of the selected mailbox as the client knows them: UIDs in ascending order, where
 * the message with sequence number n is at n - 1 (RFC 9051 2.3.1.2). It changes only when the
 * session reports EXISTS or EXPUNGE, so sequence numbers stay those the client last saw.
 */
final class MessageSequence {

    private long[] uids;
    private int size;

    MessageSequence(long[] ascending) {
        this.uids = ascending.length == 0 ? new long[16] : ascending.clone();
        this.size = ascending.length;
    }

    int size() {
        return size;
    }

    /** @param sequence 1-based */
    long uid(int sequence) {
        if (sequence < 1 || sequence > size) throw new IndexOutOfBoundsException("no message " + sequence);
        return uids[sequence - 1];
    }

    /** The sequence number of a UID, or 0 when the client does not know it. */
    int sequence(long uid) {
        int i = Arrays.binarySearch(uids, 0, size, uid);
        return i < 0 ? 0 : i + 1;
    }

    /** The highest UID, 0 when empty. */
    long maxUid() {
        return size == 0 ? 0 : uids[size - 1];
    }

    /** How many of the UIDs the client knows are in the set. */
    int count(UidSet set) {
        int n = 0;
        for (UidSet.Range r : set.ranges()) {
            int below = firstAtOrAbove(r.first());
            int above = r.last() == Long.MAX_VALUE ? size : firstAtOrAbove(r.last() + 1);
            n += above - below;
        }
        return n;
    }

    private int firstAtOrAbove(long uid) {
        int i = Arrays.binarySearch(uids, 0, size, uid);
        return i < 0 ? -i - 1 : i;
    }

    /** Adds a message after all others (an arrival). */
    void append(long uid) {
        if (uid <= maxUid()) throw new IllegalArgumentException("UID " + uid + " not above " + maxUid());
        if (size == uids.length) uids = Arrays.copyOf(uids, size * 2);
        uids[size++] = uid;
    }

    /** Removes a message; returns the sequence number it had, 0 when it was not there. */
    int remove(long uid) {
        int seq = sequence(uid);
        if (seq == 0) return 0;
        System.arraycopy(uids, seq, uids, seq - 1, size - seq);
        size--;
        return seq;
    }

    /**
     * The UIDs a sequence set names. With {@code uid}, numbers are UIDs, {@code *} is the highest
     * UID, and UIDs that do not exist are left out (RFC 9051 6.4.9). Without it, numbers are
     * sequence numbers and each must exist.
     *
     * @param saved the UIDs of the last saved SEARCH result, for {@code $} (RFC 5182)
     * @throws IllegalArgumentException a sequence number that is not in the mailbox
     */
    UidSet resolve(SequenceSet set, boolean uid, UidSet saved) {
        if (set.saved()) return saved == null ? new UidSet(List.of()) : saved;
        List<UidSet.Range> ranges = new ArrayList<>();
        if (uid) {
            if (size == 0) return new UidSet(List.of());
            for (SequenceSet.Range r : set.ranges()) {
                long low = r.low(maxUid());
                long high = r.high(maxUid());
                ranges.add(new UidSet.Range(low, high));
            }
            return new UidSet(ranges);
        }
        for (SequenceSet.Range r : set.ranges()) {
            long low = r.low(size);
            long high = r.high(size);
            if (low < 1 || high > size) throw new IllegalArgumentException("Invalid message sequence number");
            for (long seq = low; seq <= high; seq++) {
                long u = uids[(int) seq - 1];
                UidSet.Range last = ranges.isEmpty() ? null : ranges.getLast();
                if (last != null && last.last() + 1 == u) ranges.set(ranges.size() - 1, new UidSet.Range(last.first(), u));
                else ranges.add(new UidSet.Range(u, u));
            }
        }
        return new UidSet(ranges);
    }

    /** The UIDs the client knows, in order. */
    long[] uids() {
        return Arrays.copyOf(uids, size);
    }
}
