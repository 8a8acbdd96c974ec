package dev.junction.delivery.fakes;

import dev.junction.mail.Envelope;
import dev.junction.queue.Attempt;
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
import java.util.TreeMap;
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
    public void record(long recipientId, Attempt attempt) {
        update(recipientId, r -> attempt.state() == RecipientState.PENDING && r.state() != RecipientState.PENDING ? r : r.after(attempt));
    }

    @Override
    public synchronized QueueEntry enqueueNotice(Envelope envelope, NewRecipient to, BlobRef blob, int headerSkip, List<Long> about) {
        QueueEntry notice = enqueue(newQueueId(), envelope, List.of(to), blob, headerSkip);
        for (long id : about) {
            update(id, r -> new QueuedRecipient(r.id(), r.address(), r.original(), r.state(), r.attempts(), r.nextAttempt(),
                    r.lastReply(), r.delayNotified(), r.remoteMta(), null));
        }
        return notice;
    }

    @Override
    public synchronized List<String> owingNotices() {
        return entries.values().stream().filter(e -> e.recipients().stream().anyMatch(r -> r.notice() != null))
                .map(QueueEntry::queueId).toList();
    }

    @Override
    public synchronized Map<String, Integer> pendingByDomain() {
        Map<String, Integer> depth = new TreeMap<>();
        entries.values().forEach(e -> e.pending().forEach(r -> depth.merge(r.address().domain(), 1, Integer::sum)));
        return depth;
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
                x.lastReply(), x.delayNotified(), x.remoteMta(), x.notice()));
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
