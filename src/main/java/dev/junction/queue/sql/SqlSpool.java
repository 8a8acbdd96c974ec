package dev.junction.queue.sql;

import dev.junction.log.MailLog;
import dev.junction.mail.Envelope;
import dev.junction.mail.Recipient;
import dev.junction.queue.Attempt;
import dev.junction.queue.Dsn;
import dev.junction.queue.NewRecipient;
import dev.junction.queue.QueueEntry;
import dev.junction.queue.RecipientState;
import dev.junction.queue.Spool;
import dev.junction.sql.Database;
import dev.junction.sql.Statements;
import dev.junction.store.BlobRef;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The spool in the metadata database. Every method is one committed transaction; on SQLite
 * the commit is fsync'd before {@link #enqueue} returns, which is what lets SMTP answer 250.
 */
public final class SqlSpool implements Spool {

    private static final String PENDING = RecipientState.PENDING.name();
    /** Queue id collisions need another node drawing the same 18 random bits in the same millisecond. */
    private static final int ID_TRIES = 5;

    private final Database db;
    private final Clock clock;
    private final QueueIds ids;
    private volatile Runnable onEnqueue = () -> { };

    public SqlSpool(Database db) {
        this(db, Clock.systemUTC());
    }

    public SqlSpool(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.ids = new QueueIds(clock);
    }

    /** Called after each enqueue has committed: the queue manager wakes up for new mail. */
    public void onEnqueue(Runnable listener) {
        this.onEnqueue = listener;
    }

    @Override
    public String newQueueId() {
        return ids.next();
    }

    @Override
    public QueueEntry enqueue(String queueId, Envelope envelope, List<NewRecipient> recipients, BlobRef blob, int headerSkip) {
        if (recipients.isEmpty()) throw new IllegalArgumentException("a queue entry needs at least one recipient");
        QueueEntry entry = db.write(c -> insert(c, queueId, envelope, recipients, blob, headerSkip));
        onEnqueue.run();
        return entry;
    }

    @Override
    public QueueEntry enqueueNotice(Envelope envelope, NewRecipient to, BlobRef blob, int headerSkip, List<Long> about) {
        List<String> removed = new ArrayList<>();
        QueueEntry entry = db.write(c -> {
            QueueEntry notice = insert(c, ids.next(), envelope, List.of(to), blob, headerSkip);
            for (long id : about) {
                Statements.update(c, "UPDATE queue_recipients SET notice = NULL WHERE id = ?", id);
                removeIfDone(c, id).ifPresent(removed::add);
            }
            return notice;
        });
        removed.forEach(id -> MailLog.event(id, "removed"));
        onEnqueue.run();
        return entry;
    }

    private QueueEntry insert(Connection c, String queueId, Envelope envelope, List<NewRecipient> recipients, BlobRef blob,
                              int headerSkip) throws SQLException {
        long now = clock.millis();
        long entryId = insertEntry(c, queueId, envelope, blob, headerSkip);
        List<Recipient> rcpts = envelope.recipients();
        for (int i = 0; i < rcpts.size(); i++) {
            Recipient r = rcpts.get(i);
            Statements.update(c, "INSERT INTO queue_envelope_rcpts (entry_id, position, address, orcpt, notify)"
                    + " VALUES (?, ?, ?, ?, ?)", entryId, i, r.address().toString(), r.orcpt(), SpoolRows.notify(r.notifyOn()));
        }
        for (NewRecipient r : recipients) {
            Recipient o = r.original();
            Statements.update(c, "INSERT INTO queue_recipients (entry_id, address, domain, orig_address, orcpt, notify, state,"
                    + " next_attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entryId, r.address().toString(), r.address().domain(),
                    o.address().toString(), o.orcpt(), SpoolRows.notify(o.notifyOn()), PENDING, now);
        }
        return SpoolRows.byId(c, entryId);
    }

    private long insertEntry(Connection c, String queueId, Envelope e, BlobRef blob, int headerSkip) throws SQLException {
        // A reserved id collides only if another node drew the same one; a fresh id then keeps the message.
        String id = queueId;
        for (int i = 0; i < ID_TRIES; i++, id = ids.next()) {
            Optional<Long> row = Statements.first(c, "INSERT INTO queue_entries (queue_id, sender, env_id, ret, body, smtputf8,"
                    + " helo, client_ip, auth_user, received_at, blob_id, blob_size, header_skip, held)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
                    r -> r.getLong(1), id, e.sender() == null ? null : e.sender().toString(), e.envId(),
                    e.ret() == null ? null : e.ret().name(), e.body().name(), e.smtpUtf8(), e.helo(), e.clientIp(),
                    e.authUser(), e.receivedAt().toEpochMilli(), blob.id().hex(), blob.size(), headerSkip, false);
            if (row.isPresent()) return row.get();
        }
        throw new SQLException("no free queue id after " + ID_TRIES + " tries");
    }

    @Override
    public List<QueueEntry> due(Instant now, int limit) {
        return db.read(c -> SpoolRows.byIds(c, Statements.list(c, "SELECT e.id FROM queue_entries e WHERE e.held = ?"
                + " AND EXISTS (SELECT 1 FROM queue_recipients r WHERE r.entry_id = e.id AND r.state = ?"
                + " AND r.next_attempt <= ?) ORDER BY e.id LIMIT ?", r -> r.getLong(1), false, PENDING, now.toEpochMilli(), limit)));
    }

    @Override
    public Optional<Instant> nextDue() {
        return db.read(c -> Statements.first(c, "SELECT MIN(r.next_attempt) FROM queue_recipients r"
                + " JOIN queue_entries e ON e.id = r.entry_id WHERE e.held = ? AND r.state = ?", r -> {
                    long t = r.getLong(1);
                    return r.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(t));
                }, false, PENDING).flatMap(t -> t));
    }

    @Override
    public Optional<QueueEntry> get(String queueId) {
        return db.read(c -> SpoolRows.byQueueId(c, queueId));
    }

    @Override
    public List<QueueEntry> list() {
        return db.read(c -> SpoolRows.byIds(c, Statements.list(c, "SELECT id FROM queue_entries ORDER BY id", r -> r.getLong(1))));
    }

    @Override
    public void record(long recipientId, Attempt a) {
        String notice = a.notice() == null ? null : a.notice().name();
        boolean delayNotice = a.notice() == Dsn.Action.DELAYED;
        if (a.state() == RecipientState.PENDING) {
            update("UPDATE queue_recipients SET attempts = attempts + 1, last_reply = ?, remote_mta = ?, next_attempt = ?,"
                    + " notice = COALESCE(?, notice), delay_notified = (delay_notified OR ?) WHERE id = ? AND state = ?",
                    a.reply(), a.remoteMta(), a.nextAttempt().toEpochMilli(), notice, delayNotice, recipientId, PENDING);
        } else {
            Optional<String> removed = db.write(c -> {
                Statements.update(c, "UPDATE queue_recipients SET state = ?, attempts = attempts + 1, last_reply = ?, remote_mta = ?,"
                        + " notice = COALESCE(?, notice) WHERE id = ?", a.state().name(), a.reply(), a.remoteMta(), notice, recipientId);
                return removeIfDone(c, recipientId);
            });
            removed.ifPresent(id -> MailLog.event(id, "removed"));
        }
    }

    /**
     * Deletes the entry of a recipient once nothing is left to do for it: no recipient pending and
     * no notice owed. Done in the transaction of the last change, so a finished entry never
     * lingers after a crash. Returns the queue id when the entry went.
     */
    private static Optional<String> removeIfDone(Connection c, long recipientId) throws SQLException {
        return Statements.first(c, "DELETE FROM queue_entries WHERE id = (SELECT entry_id FROM queue_recipients WHERE id = ?)"
                + " AND NOT EXISTS (SELECT 1 FROM queue_recipients r WHERE r.entry_id = queue_entries.id"
                + " AND (r.state = ? OR r.notice IS NOT NULL)) RETURNING queue_id", r -> r.getString(1), recipientId, PENDING);
    }

    @Override
    public List<String> owingNotices() {
        return db.read(c -> Statements.list(c, "SELECT e.queue_id FROM queue_entries e WHERE EXISTS (SELECT 1 FROM"
                + " queue_recipients r WHERE r.entry_id = e.id AND r.notice IS NOT NULL) ORDER BY e.id", r -> r.getString(1)));
    }

    @Override
    public Map<String, Integer> pendingByDomain() {
        List<Map.Entry<String, Integer>> rows = db.read(c -> Statements.list(c, "SELECT domain, COUNT(*) FROM queue_recipients"
                + " WHERE state = ? GROUP BY domain", r -> Map.entry(r.getString(1), r.getInt(2)), PENDING));
        Map<String, Integer> depth = new TreeMap<>();
        rows.forEach(e -> depth.put(e.getKey(), e.getValue()));
        return depth;
    }

    @Override
    public boolean hold(String queueId) {
        return update("UPDATE queue_entries SET held = ? WHERE queue_id = ?", true, queueId) > 0;
    }

    @Override
    public boolean release(String queueId) {
        return update("UPDATE queue_entries SET held = ? WHERE queue_id = ?", false, queueId) > 0;
    }

    @Override
    public int flush(String queueId) {
        long now = clock.millis();
        if (queueId == null) return update("UPDATE queue_recipients SET next_attempt = ? WHERE state = ?", now, PENDING);
        return update("UPDATE queue_recipients SET next_attempt = ? WHERE state = ?"
                + " AND entry_id = (SELECT id FROM queue_entries WHERE queue_id = ?)", now, PENDING, queueId);
    }

    @Override
    public boolean delete(String queueId) {
        return update("DELETE FROM queue_entries WHERE queue_id = ?", queueId) > 0;
    }

    @Override
    public int size() {
        return (int) (long) db.read(c -> Statements.count(c, "SELECT COUNT(*) FROM queue_entries"));
    }

    private int update(String sql, Object... args) {
        return db.write(c -> Statements.update(c, sql, args));
    }
}
