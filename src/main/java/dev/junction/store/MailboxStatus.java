package dev.junction.store;

/**
 * STATUS data (RFC 9051 6.3.11, RFC 7162) from the mailbox row's counters, without reading messages.
 *
 * @param firstUnseenUid the lowest UID without {@code \Seen}, 0 when all are seen
 */
public record MailboxStatus(long messages, long uidNext, long uidValidity, long unseen, long deleted, long size,
                            long highestModSeq, long firstUnseenUid) {

    /** IMAP4rev2 has no {@code \Recent}; STATUS RECENT for IMAP4rev1 clients is always 0. */
    public long recent() {
        return 0;
    }
}
