package dev.junction.store;

import java.util.List;

/**
 * One committed change to a mailbox, as {@link MailboxChanges} announces it. Every change but
 * {@link Deleted} raised the mailbox's HIGHESTMODSEQ by exactly one, to {@link #modSeq()}.
 */
public sealed interface MailboxChange {

    long mailboxId();

    long modSeq();

    /** Messages arrived (delivery, APPEND, COPY, MOVE); UIDs ascending. */
    record Appended(long mailboxId, long modSeq, List<Long> uids) implements MailboxChange {
    }

    /** Messages were removed (EXPUNGE, MOVE away, POP3); UIDs ascending. */
    record Expunged(long mailboxId, long modSeq, List<Long> uids) implements MailboxChange {
    }

    /** Flags changed (STORE); each entry has the new flags. */
    record FlagsChanged(long mailboxId, long modSeq, List<MailboxMessages.FlagState> messages) implements MailboxChange {
    }

    /** The mailbox is gone (or now a {@code \Noselect} name); a session that selected it must leave it. */
    record Deleted(long mailboxId) implements MailboxChange {
        @Override
        public long modSeq() {
            return Long.MAX_VALUE;
        }
    }
}
