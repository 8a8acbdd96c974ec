package dev.junction.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * POP3's view of an account (RFC 1939): the INBOX as a maildrop, and the exclusive lock a POP3
 * session holds on it. Deleting at QUIT is {@link MailboxMessages#expunge} on {@link Maildrop#mailboxId()}.
 */
public interface Maildrops {

    /** The INBOX messages in UID order; an account without an INBOX gets it created, empty. */
    Maildrop maildrop(long accountId);

    /**
     * Takes the account's maildrop lock for {@code lease}, or empty when another session holds
     * it ({@code -ERR [IN-USE]}). The lock is a row in the database, so it holds across processes;
     * a holder that crashed loses it when the lease runs out. The holder renews while it works.
     */
    Optional<MaildropLock> lockMaildrop(long accountId, Duration lease);

    /** @param uidValidity the INBOX's, part of every {@link Entry#uniqueId()} */
    record Maildrop(long mailboxId, long uidValidity, List<Entry> messages) {
    }

    /**
     * @param uniqueId the UIDL value, {@code <uidvalidity>.<uid>}: stable across sessions and
     *                 never reused (RFC 1939 7)
     */
    record Entry(long uid, long size, BlobRef blob, String uniqueId) {
    }
}
