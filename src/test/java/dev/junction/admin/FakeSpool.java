package dev.junction.admin;

import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;
import dev.junction.mail.BodyType;
import dev.junction.queue.Attempt;
import dev.junction.queue.NewRecipient;
import dev.junction.queue.QueueEntry;
import dev.junction.queue.QueuedRecipient;
import dev.junction.queue.RecipientState;
import dev.junction.queue.Spool;
import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory spool holding whole entries; enough for the admin queue endpoints. */
public final class FakeSpool implements Spool {

    private final Map<String, QueueEntry> entries = new LinkedHashMap<>();
    public final List<String> flushed = new ArrayList<>();
    private long nextRecipient = 1;

    /** Adds an entry from sender to recipients, received at a fixed instant. */
    public synchronized QueueEntry add(String queueId, String sender, String... recipients) {
        List<QueuedRecipient> rows = new ArrayList<>();
        List<Recipient> rcpts = new ArrayList<>();
        for (String r : recipients) {
            Recipient rcpt = Recipient.of(MailAddress.parse(r));
            rcpts.add(rcpt);
            rows.add(new QueuedRecipient(nextRecipient++, rcpt.address(), rcpt, RecipientState.PENDING, 2,
                    Instant.parse("2026-11-29T21:00:00Z"), "451 4.3.0 try later", false));
        }
        Envelope env = new Envelope(MailAddress.parse(sender), rcpts, null, null, BodyType.SEVEN_BIT, false, "client.example",
                "192.0.2.1", null, Instant.parse("2026-11-29T20:00:00Z"));
        QueueEntry e = new QueueEntry(queueId, env, new BlobRef(new BlobId("0".repeat(64)), 1234), 0, false, rows);
        entries.put(queueId, e);
        return e;
    }

    public synchronized QueueEntry enqueue(String queueId, Envelope envelope, List<NewRecipient> recipients, BlobRef blob, int headerSkip) {
        throw new UnsupportedOperationException();
    }

    @Override
    public QueueEntry enqueueNotice(Envelope envelope, NewRecipient to, BlobRef blob, int headerSkip, List<Long> about) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> owingNotices() {
        return List.of();
    }

    @Override
    public Map<String, Integer> pendingByDomain() {
        return Map.of();
    }

    @Override
    public String newQueueId() {
        throw new UnsupportedOperationException();
    }

    public List<QueueEntry> due(Instant now, int limit) {
        throw new UnsupportedOperationException();
    }

    public Optional<Instant> nextDue() {
        return Optional.empty();
    }

    public synchronized Optional<QueueEntry> get(String queueId) {
        return Optional.ofNullable(entries.get(queueId));
    }

    public synchronized List<QueueEntry> list() {
        return List.copyOf(entries.values());
    }

    @Override
    public void record(long recipientId, Attempt attempt) {
        throw new UnsupportedOperationException();
    }

    public synchronized boolean hold(String queueId) {
        return setHeld(queueId, true);
    }

    public synchronized boolean release(String queueId) {
        return setHeld(queueId, false);
    }

    private boolean setHeld(String queueId, boolean held) {
        QueueEntry e = entries.get(queueId);
        if (e == null) return false;
        entries.put(queueId, new QueueEntry(e.queueId(), e.envelope(), e.blob(), e.headerSkip(), held, e.recipients()));
        return true;
    }

    public synchronized int flush(String queueId) {
        flushed.add(String.valueOf(queueId));
        return queueId == null ? entries.values().stream().mapToInt(e -> e.pending().size()).sum() : entries.get(queueId).pending().size();
    }

    public synchronized boolean delete(String queueId) {
        return entries.remove(queueId) != null;
    }

    public synchronized int size() {
        return entries.size();
    }
}
