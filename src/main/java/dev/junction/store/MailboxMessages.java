package dev.junction.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The messages of one mailbox, for IMAP (RFC 9051, RFC 7162 CONDSTORE/QRESYNC, RFC 4315 UIDPLUS,
 * RFC 6851 MOVE). Each call is one transaction; each call that changes a mailbox raises its
 * HIGHESTMODSEQ by exactly one and gives every message it changes that MODSEQ, and is announced
 * on {@link MailboxChanges} after it commits. Flags are as IMAP writes them ({@code \Seen},
 * keywords); system flags are case-insensitive, keywords compare case-insensitively.
 */
public interface MailboxMessages {

    /** UNCHANGEDSINCE value that never fails: no condition. */
    long ANY_MODSEQ = Long.MAX_VALUE;

    enum StoreMode { ADD, REMOVE, REPLACE }

    /**
     * APPEND: adds a message with its flags and internal date.
     *
     * @param quotaBytes the account's quota, 0 for none
     * @throws MailboxException NONEXISTENT (gone or {@code \Noselect})
     */
    StoredMessage append(long mailboxId, BlobRef blob, Instant internalDate, Set<String> flags, long quotaBytes)
            throws MailboxException, OverQuotaException;

    /** The messages whose UIDs are in the set, in UID order. */
    List<StoredMessage> messages(long mailboxId, UidSet uids);

    /**
     * STORE: sets, adds or removes flags on the messages in the set. A message whose MODSEQ is
     * above {@code unchangedSince} is left alone and reported in {@link StoreResult#modified()}
     * (RFC 7162 3.1.3); pass {@link #ANY_MODSEQ} for no condition.
     */
    StoreResult store(long mailboxId, UidSet uids, StoreMode mode, Set<String> flags, long unchangedSince)
            throws MailboxException;

    /**
     * Removes the messages in the set ({@code deletedOnly}: only those with {@code \Deleted}, as
     * EXPUNGE and UID EXPUNGE do), recording their UIDs with the new MODSEQ for VANISHED.
     */
    Expunged expunge(long mailboxId, UidSet uids, boolean deletedOnly) throws MailboxException;

    /**
     * COPY into another (or the same) mailbox of the account: new UIDs in the target, flags and
     * internal date kept, the bytes charged to the quota.
     *
     * @throws MailboxException NONEXISTENT (either mailbox), CANNOT (another account)
     */
    CopyResult copy(long fromMailboxId, UidSet uids, long toMailboxId, long quotaBytes)
            throws MailboxException, OverQuotaException;

    /** MOVE: copy and expunge in one transaction; usage does not change. */
    CopyResult move(long fromMailboxId, UidSet uids, long toMailboxId) throws MailboxException;

    /** The keywords set on any message of the mailbox, for the FLAGS response of SELECT. */
    Set<String> keywords(long mailboxId);

    /** @throws MailboxException NONEXISTENT */
    MailboxStatus status(long mailboxId) throws MailboxException;

    /**
     * IMAP4rev1 {@code \Recent} (RFC 3501 2.3.2): claims every UID up to {@code uid} for the
     * calling session, raising the mailbox's watermark to it (it never goes down), and returns the
     * watermark before. The caller's recent messages are those above the returned value up to
     * {@code uid}; any other session claiming the same UIDs gets a higher value back, so each
     * message is recent in one session only. Changes no message and no MODSEQ.
     *
     * @throws MailboxException NONEXISTENT
     */
    long claimRecent(long mailboxId, long uid) throws MailboxException;

    /**
     * What changed after {@code modSeq} (CONDSTORE CHANGEDSINCE, QRESYNC): messages with a
     * higher MODSEQ (flag changes and arrivals) and UIDs expunged after it.
     */
    Changes changesSince(long mailboxId, long modSeq) throws MailboxException;

    /** A message's flags as of {@code modSeq}. */
    record FlagState(long uid, long modSeq, Set<String> flags) {
    }

    /**
     * @param modSeq   the MODSEQ given to the changed messages, 0 when nothing changed
     * @param messages every message in the set that passed the UNCHANGEDSINCE test, in UID order,
     *                 with its flags afterwards (changed ones carry {@code modSeq})
     * @param modified UIDs that failed the UNCHANGEDSINCE test (the MODIFIED response code)
     */
    record StoreResult(long modSeq, List<FlagState> messages, List<Long> modified) {
    }

    /** @param modSeq the MODSEQ of the removal, 0 when nothing was removed */
    record Expunged(long modSeq, List<Long> uids) {
    }

    /** COPYUID data (RFC 4315): source UIDs and the target UIDs they became, pairwise. */
    record CopyResult(long uidValidity, List<Long> sourceUids, List<Long> targetUids) {
    }

    record Changes(long highestModSeq, List<FlagState> changed, List<Long> vanished) {
    }
}
