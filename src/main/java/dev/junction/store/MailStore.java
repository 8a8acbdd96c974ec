package dev.junction.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Mailboxes and the messages in them, per account. UIDs are strictly ascending per mailbox,
 * every change gets a new MODSEQ, and UIDVALIDITY is fixed when a mailbox is created.
 * IMAP semantics are built above this interface; backends only keep the rows.
 */
public interface MailStore {

    /** Creates INBOX and the special-use mailboxes (Sent, Drafts, Trash, Junk, Archive) if missing. */
    void createDefaultMailboxes(long accountId);

    List<Mailbox> mailboxes(long accountId);

    Optional<Mailbox> mailbox(long accountId, String name);

    /**
     * Adds a message to a mailbox, at most once per delivery key: a second call with the same
     * key (a retry after a crash) returns the first result and stores nothing.
     *
     * @param deliveryKey unique per (queued message, recipient); null for APPEND and the like
     * @param quotaBytes  the account's quota, 0 for none
     * @throws OverQuotaException when the message would take the account over its quota
     */
    StoredMessage deliver(long accountId, String mailboxName, BlobRef blob, Instant internalDate,
                          String deliveryKey, long quotaBytes) throws OverQuotaException;

    /** Messages of a mailbox in UID order. */
    List<StoredMessage> messages(long mailboxId);

    /** Bytes and messages stored for an account. */
    Usage usage(long accountId);

    /**
     * Forgets the delivery keys recorded before {@code cutoff}: they guard the retries of a
     * queued message, and no queue entry lives that long. Returns how many went.
     */
    int forgetDeliveries(Instant cutoff);

    /** Removes an account's mailboxes and messages (their blobs become orphans). */
    void deleteAccount(long accountId);

    record Usage(long bytes, long messages) {
    }
}
