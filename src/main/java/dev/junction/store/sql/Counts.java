package dev.junction.store.sql;

/** A change to a mailbox's STATUS counters (and, for bytes and messages, to the account's usage). */
record Counts(long messages, long unseen, long deleted, long size) {

    static final Counts ZERO = new Counts(0, 0, 0, 0);

    static Counts of(Flags flags, long size) {
        return new Counts(1, flags.seen() ? 0 : 1, flags.deleted() ? 1 : 0, size);
    }

    Counts plus(Counts o) {
        return new Counts(messages + o.messages, unseen + o.unseen, deleted + o.deleted, size + o.size);
    }

    Counts negate() {
        return new Counts(-messages, -unseen, -deleted, -size);
    }

    /** The counter change when a message's flags go from {@code before} to {@code after}. */
    static Counts reflag(Flags before, Flags after) {
        return of(after, 0).plus(of(before, 0).negate());
    }
}
