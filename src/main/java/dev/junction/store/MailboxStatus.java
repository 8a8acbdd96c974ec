package dev.junction.store;

/**
 * STATUS data (RFC 9051 6.3.11, RFC 7162) from the mailbox row's counters, without reading messages.
 *
 * @param firstUnseenUid the lowest UID without {@code \Seen}, 0 when all are seen
 * @param recentUid      the {@code \Recent} watermark (RFC 3501 2.3.2): the highest UID some session
 *                       has claimed with {@link MailboxMessages#claimRecent}
 * @param recent         the messages above the watermark, which no session has claimed yet (STATUS
 *                       RECENT for IMAP4rev1 clients)
 */
public record MailboxStatus(long messages, long uidNext, long uidValidity, long unseen, long deleted, long size,
                            long highestModSeq, long firstUnseenUid, long recentUid, long recent) {
}
