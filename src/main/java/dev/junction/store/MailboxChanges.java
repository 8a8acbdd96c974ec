package dev.junction.store;

/**
 * The change feed that keeps concurrent sessions and IDLE up to date: the store publishes each
 * change after it commits; a selected session listens on its mailbox. One node uses
 * {@link LocalMailboxChanges}; several nodes on one PostgreSQL would publish with
 * {@code pg_notify} inside the transaction (delivered in commit order) and feed each node's
 * local listeners from LISTEN, behind this same interface (docs/adr/mailbox-changes.md).
 */
public interface MailboxChanges {

    /**
     * Called on the publishing thread, one change at a time per listener: it must not block
     * (queue the change and wake the session).
     */
    @FunctionalInterface
    interface Listener {
        void changed(MailboxChange change);
    }

    /** Ends a listener's registration. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Listens on a mailbox from {@code seenModSeq} on: the listener gets the changes above it, in
     * MODSEQ order, each once; changes at or below it (already read by the session) are skipped.
     */
    Registration listen(long mailboxId, long seenModSeq, Listener listener);

    /** Announces a committed change to the mailbox's listeners. */
    void publish(MailboxChange change);
}
