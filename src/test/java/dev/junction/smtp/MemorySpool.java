package dev.junction.smtp;

import dev.junction.mail.Envelope;
import dev.junction.queue.Attempt;
import dev.junction.queue.NewRecipient;
import dev.junction.queue.QueueEntry;
import dev.junction.queue.QueuedRecipient;
import dev.junction.queue.RecipientState;
import dev.junction.queue.Spool;
import dev.junction.store.BlobRef;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Records what the SMTP server enqueues; the queue manager's side is not used. */
final class MemorySpool implements Spool {

    final List<QueueEntry> entries = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    /** When set, enqueue fails as a full disk or a lost database would. */
    volatile boolean broken;

    @Override
    public QueueEntry enqueue(String queueId, Envelope envelope, List<NewRecipient> recipients, BlobRef blob, int headerSkip) {
        if (broken) throw new IllegalStateException("spool unavailable");
        List<QueuedRecipient> rows = recipients.stream()
                .map(r -> new QueuedRecipient(ids.incrementAndGet(), r.address(), r.original(), RecipientState.PENDING,
                        0, envelope.receivedAt(), null, false))
                .toList();
        QueueEntry e = new QueueEntry(queueId, envelope, blob, headerSkip, false, rows);
        entries.add(e);
        return e;
    }

    @Override public String newQueueId() { return "Q" + ids.incrementAndGet(); }
    @Override public List<QueueEntry> due(Instant now, int limit) { throw new UnsupportedOperationException(); }
    @Override public Optional<Instant> nextDue() { throw new UnsupportedOperationException(); }
    @Override public Optional<QueueEntry> get(String queueId) { throw new UnsupportedOperationException(); }
    @Override public List<QueueEntry> list() { return List.copyOf(entries); }
    @Override public void record(long recipientId, Attempt attempt) { throw new UnsupportedOperationException(); }
    @Override public QueueEntry enqueueNotice(Envelope e, NewRecipient to, BlobRef b, int skip, List<Long> about) {
        throw new UnsupportedOperationException();
    }
    @Override public List<String> owingNotices() { throw new UnsupportedOperationException(); }
    @Override public Map<String, Integer> pendingByDomain() { throw new UnsupportedOperationException(); }
    @Override public boolean hold(String queueId) { throw new UnsupportedOperationException(); }
    @Override public boolean release(String queueId) { throw new UnsupportedOperationException(); }
    @Override public int flush(String queueId) { throw new UnsupportedOperationException(); }
    @Override public boolean delete(String queueId) { throw new UnsupportedOperationException(); }
    @Override public int size() { return entries.size(); }
}
