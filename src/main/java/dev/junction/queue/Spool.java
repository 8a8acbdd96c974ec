package dev.junction.queue;

import dev.junction.mail.Envelope;
import dev.junction.store.BlobRef;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Durable queue entries and the state of each recipient (ARCHITECTURE.md, Storage: spool).
 * {@link #enqueue} returns only after the entry is on disk: the SMTP server answers 250 after it.
 * Every state change is one committed write, so a crash at any moment leaves each recipient
 * either still pending (and retried) or finished.
 */
public interface Spool {

    /**
     * Records a message whose blob is already committed.
     *
     * @param envelope   the envelope as received (its recipients are the RCPTs as given)
     * @param recipients final recipients after alias and group expansion
     * @param blob       the stored content
     * @param headerSkip bytes at the start of the blob that only local delivery keeps
     *                   (the Return-Path line); relays send from this offset
     */
    default QueueEntry enqueue(Envelope envelope, List<NewRecipient> recipients, BlobRef blob, int headerSkip) {
        return enqueue(newQueueId(), envelope, recipients, blob, headerSkip);
    }

    /**
     * As {@link #enqueue(Envelope, List, BlobRef, int)} under an id taken earlier from
     * {@link #newQueueId()}, so the Received header written before the content can name it.
     */
    QueueEntry enqueue(String queueId, Envelope envelope, List<NewRecipient> recipients, BlobRef blob, int headerSkip);

    /** A fresh queue id, unique in this spool; it is not reserved until enqueued. */
    String newQueueId();

    /** Entries not held that have a pending recipient due at or before {@code now}, oldest first. */
    List<QueueEntry> due(Instant now, int limit);

    /** The earliest next attempt among pending recipients of entries not held, if any. */
    Optional<Instant> nextDue();

    Optional<QueueEntry> get(String queueId);

    /** Every entry, oldest first (the admin queue listing). */
    List<QueueEntry> list();

    /**
     * Records an attempt on a recipient (attempts + 1, state, last reply, notice owed) in one
     * commit; a deferral of a recipient that is no longer pending changes nothing.
     */
    void record(long recipientId, Attempt attempt);

    default void recordDelivered(long recipientId, String reply) {
        record(recipientId, new Attempt(RecipientState.DELIVERED, reply, null, null, null));
    }

    default void recordDeferred(long recipientId, String reply, Instant nextAttempt) {
        record(recipientId, new Attempt(RecipientState.PENDING, reply, null, nextAttempt, null));
    }

    default void recordFailed(long recipientId, String reply) {
        record(recipientId, new Attempt(RecipientState.FAILED, reply, null, null, null));
    }

    /**
     * Queues a notice (from the null sender, one recipient) and, in the same commit, clears the
     * owed notice of the recipients it reports on: the notice is queued exactly once.
     *
     * @param about ids of the recipients (of another entry) the notice reports on
     */
    QueueEntry enqueueNotice(Envelope envelope, NewRecipient to, BlobRef blob, int headerSkip, List<Long> about);

    /** Queue ids of the entries with a recipient that owes a notice, oldest first. */
    List<String> owingNotices();

    /** Pending recipients per recipient domain (lower case), held entries included: the queue depth. */
    Map<String, Integer> pendingByDomain();

    /** Held entries are not attempted until released. Returns false if no such entry. */
    boolean hold(String queueId);

    boolean release(String queueId);

    /** Makes every pending recipient of the entry (or all entries when null) due now. */
    int flush(String queueId);

    /** Removes the entry and its recipients; the blob becomes an orphan unless referenced elsewhere. */
    boolean delete(String queueId);

    /** Number of entries. */
    int size();
}
