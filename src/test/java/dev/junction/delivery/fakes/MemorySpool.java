package dev.junction.delivery.fakes;

import dev.junction.mail.Envelope;
import dev.junction.queue.NewRecipient;
import dev.junction.queue.QueueEntry;
import dev.junction.queue.QueuedRecipient;
import dev.junction.queue.RecipientState;
import dev.junction.queue.Spool;
import dev.junction.store.BlobRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A spool in memory (tests only). New recipients are due at the envelope's receivedAt. */
public final class MemorySpool implements Spool {

    private final Map<String, QueueEntry> entries = new LinkedHashMap<>();
    private long nextRecipient = 1;
    private int nextQueue = 1;

    @Override
    public synchronized String newQueueId() {
        return String.format("Q%04d", nextQueue++);
    }

    @Override
    public synchronized QueueEntry enqueue(String queueId, Envelope envelope, List<NewRecipient> recipients, BlobRef blob, int headerSkip) {
        List<QueuedRecipient> rs = new ArrayList<>();
        for (NewRecipient n : recipients) {
            rs.add(new QueuedRecipient(nextRecipient++, n.address(), n.original(), RecipientState.PENDING, 0,
                    envelope.receivedAt(), null, false));
        }
        QueueEntry e = new QueueEntry(queueId, envelope, blob, headerSkip, false, rs);
        entries.put(e.queueId(), e);
        return e;
    }

    @Override
    public synchronized List<QueueEntry> due(Instant now, int limit) {
        return entries.values().stream().filter(e -> !e.held())
                .filter(e -> e.pending().stream().anyMatch(r -> !r.nextAttempt().isAfter(now))).limit(limit).toList();
    }

    @Override
    public synchronized Optional<Instant> nextDue() {
        return entries.values().stream().filter(e -> !e.held()).flatMap(e -> e.pending().stream())
                .map(QueuedRecipient::nextAttempt).min(Instant::compareTo);
    }

    @Override
    public synchronized Optional<QueueEntry> get(String queueId) {
        return Optional.ofNullable(entries.get(queueId));
    }

    @Override
    public synchronized List<QueueEntry> list() {
        return List.copyOf(entries.values());
    }

    /** The recipient row with this id. */
    public synchronized QueuedRecipient recipient(long id) {
        return entries.values().stream().flatMap(e -> e.recipients().stream()).filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Override
    public void recordDelivered(long recipientId, String reply) {
        update(recipientId, r -> new QueuedRecipient(r.id(), r.address(), r.original(), RecipientState.DELIVERED,
                r.attempts() + 1, r.nextAttempt(), reply, r.delayNotified()));
    }

    @Override
    public void recordDeferred(long recipientId, String reply, Instant nextAttempt) {
        update(recipientId, r -> new QueuedRecipient(r.id(), r.address(), r.original(), RecipientState.PENDING,
                r.attempts() + 1, nextAttempt, reply, r.delayNotified()));
    }

    @Override
    public void recordFailed(long recipientId, String reply) {
        update(recipientId, r -> new QueuedRecipient(r.id(), r.address(), r.original(), RecipientState.FAILED,
                r.attempts() + 1, r.nextAttempt(), reply, r.delayNotified()));
    }

    @Override
    public void recordDelayNotified(long recipientId) {
        update(recipientId, r -> new QueuedRecipient(r.id(), r.address(), r.original(), r.state(), r.attempts(),
                r.nextAttempt(), r.lastReply(), true));
    }

    private synchronized void update(long recipientId, UnaryOperator<QueuedRecipient> change) {
        for (QueueEntry e : List.copyOf(entries.values())) {
            List<QueuedRecipient> rs = e.recipients().stream().map(r -> r.id() == recipientId ? change.apply(r) : r).toList();
            entries.put(e.queueId(), new QueueEntry(e.queueId(), e.envelope(), e.blob(), e.headerSkip(), e.held(), rs));
        }
    }

    @Override
    public synchronized boolean hold(String queueId) {
        return setHeld(queueId, true);
    }

    @Override
    public synchronized boolean release(String queueId) {
        return setHeld(queueId, false);
    }

    private boolean setHeld(String queueId, boolean held) {
        QueueEntry e = entries.get(queueId);
        if (e == null) return false;
        entries.put(queueId, new QueueEntry(e.queueId(), e.envelope(), e.blob(), e.headerSkip(), held, e.recipients()));
        return true;
    }

    @Override
    public synchronized int flush(String queueId) {
        int n = 0;
        for (QueueEntry e : List.copyOf(entries.values())) {
            if (queueId != null && !Objects.equals(queueId, e.queueId())) continue;
            for (QueuedRecipient r : e.pending()) {
                recordFlush(r);
                n++;
            }
        }
        return n;
    }

    private void recordFlush(QueuedRecipient r) {
        update(r.id(), x -> new QueuedRecipient(x.id(), x.address(), x.original(), x.state(), x.attempts(), Instant.MIN,
                x.lastReply(), x.delayNotified()));
    }

    @Override
    public synchronized boolean delete(String queueId) {
        return entries.remove(queueId) != null;
    }

    @Override
    public synchronized int size() {
        return entries.size();
    }
}
