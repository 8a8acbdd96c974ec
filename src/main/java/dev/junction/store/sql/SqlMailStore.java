package dev.junction.store.sql;

import dev.junction.sql.Database;
import dev.junction.sql.Statements;
import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.BlobReferences;
import dev.junction.store.MailStore;
import dev.junction.store.Mailbox;
import dev.junction.store.OverQuotaException;
import dev.junction.store.StoredMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mail store in the metadata database. A delivery is one transaction: claim the delivery
 * key, charge the quota with a conditional UPDATE (atomic on both engines, no read-then-write
 * race), take the next UID and MODSEQ from the mailbox row (which locks it on PostgreSQL), and
 * insert the message. Row locks are always taken in that order, so deliveries never deadlock.
 */
public final class SqlMailStore implements MailStore, BlobReferences {

    private final Database db;
    private final Clock clock;

    public SqlMailStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public SqlMailStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void createDefaultMailboxes(long accountId) {
        db.write(c -> {
            MailboxRows.createDefaults(c, accountId, clock.instant().getEpochSecond());
            return null;
        });
    }

    @Override
    public List<Mailbox> mailboxes(long accountId) {
        return db.read(c -> MailboxRows.all(c, accountId));
    }

    @Override
    public Optional<Mailbox> mailbox(long accountId, String name) {
        return db.read(c -> MailboxRows.find(c, accountId, name));
    }

    /** A missing INBOX is created with the other defaults; any other missing mailbox is refused. */
    @Override
    public StoredMessage deliver(long accountId, String mailboxName, BlobRef blob, Instant internalDate,
                                 String deliveryKey, long quotaBytes) throws OverQuotaException {
        Instant date = Instant.ofEpochMilli(internalDate.toEpochMilli());
        return db.write(c -> {
            if (deliveryKey != null) {
                int claimed = Statements.update(c, "INSERT INTO deliveries (delivery_key, account_id, delivered_at)"
                        + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", deliveryKey, accountId, clock.millis());
                if (claimed == 0) return earlierDelivery(c, deliveryKey);
            }
            Mailbox mailbox = mailboxForDelivery(c, accountId, mailboxName);
            charge(c, accountId, blob.size(), quotaBytes);
            record Next(long uid, long modSeq) {
            }
            Next next = Statements.first(c, "UPDATE mailboxes SET uidnext = uidnext + 1, highestmodseq = highestmodseq + 1"
                    + " WHERE id = ? RETURNING uidnext - 1, highestmodseq", r -> new Next(r.getLong(1), r.getLong(2)),
                    mailbox.id()).orElseThrow(() -> new SQLException("mailbox vanished: " + mailbox.id()));
            long id = Statements.insert(c, "INSERT INTO messages (mailbox_id, uid, modseq, blob_id, size, internaldate)"
                    + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", mailbox.id(), next.uid(), next.modSeq(),
                    blob.id().hex(), blob.size(), date.toEpochMilli());
            if (deliveryKey != null) {
                Statements.update(c, "UPDATE deliveries SET message_id = ?, mailbox_id = ?, uid = ?, modseq = ?, blob_id = ?,"
                        + " size = ?, internaldate = ? WHERE delivery_key = ?", id, mailbox.id(), next.uid(), next.modSeq(),
                        blob.id().hex(), blob.size(), date.toEpochMilli(), deliveryKey);
            }
            return new StoredMessage(id, mailbox.id(), next.uid(), next.modSeq(), blob, date, Set.of());
        });
    }

    private Mailbox mailboxForDelivery(Connection c, long accountId, String name) throws SQLException {
        Optional<Mailbox> found = MailboxRows.find(c, accountId, name);
        if (found.isEmpty() && MailboxRows.canonical(name).equals(MailboxRows.INBOX)) {
            MailboxRows.createDefaults(c, accountId, clock.instant().getEpochSecond());
            found = MailboxRows.find(c, accountId, name);
        }
        return found.orElseThrow(() -> new IllegalArgumentException("no mailbox '" + name + "' for account " + accountId));
    }

    private static void charge(Connection c, long accountId, long size, long quotaBytes) throws SQLException, OverQuotaException {
        MailboxRows.ensureAccount(c, accountId);
        int n = Statements.update(c, "UPDATE store_accounts SET bytes = bytes + ?, messages = messages + 1"
                + " WHERE account_id = ? AND (? <= 0 OR bytes + ? <= ?)", size, accountId, quotaBytes, size, quotaBytes);
        if (n == 0) {
            throw new OverQuotaException("account " + accountId + ": " + size + " bytes would exceed the quota of "
                    + quotaBytes + " bytes");
        }
    }

    /** The result of the first delivery with this key, exactly as it was returned then. */
    private static StoredMessage earlierDelivery(Connection c, String deliveryKey) throws SQLException {
        return Statements.first(c, "SELECT message_id, mailbox_id, uid, modseq, blob_id, size, internaldate"
                + " FROM deliveries WHERE delivery_key = ?", r -> new StoredMessage(r.getLong(1), r.getLong(2), r.getLong(3),
                r.getLong(4), new BlobRef(new BlobId(r.getString(5)), r.getLong(6)), Instant.ofEpochMilli(r.getLong(7)),
                Set.of()), deliveryKey).orElseThrow(() -> new SQLException("delivery key vanished: " + deliveryKey));
    }

    @Override
    public List<StoredMessage> messages(long mailboxId) {
        return db.read(c -> Statements.list(c, "SELECT " + MessageRows.COLUMNS + " FROM messages WHERE mailbox_id = ?"
                + " ORDER BY uid", MessageRows::map, mailboxId));
    }

    @Override
    public Usage usage(long accountId) {
        return db.read(c -> Statements.first(c, "SELECT bytes, messages FROM store_accounts WHERE account_id = ?",
                r -> new Usage(r.getLong(1), r.getLong(2)), accountId)).orElse(new Usage(0, 0));
    }

    @Override
    public void deleteAccount(long accountId) {
        db.write(c -> {
            Statements.update(c, "DELETE FROM messages WHERE mailbox_id IN (SELECT id FROM mailboxes WHERE account_id = ?)", accountId);
            Statements.update(c, "DELETE FROM mailboxes WHERE account_id = ?", accountId);
            Statements.update(c, "DELETE FROM deliveries WHERE account_id = ?", accountId);
            // The row stays, zeroed, so its last UIDVALIDITY still rules out a repeat.
            return Statements.update(c, "UPDATE store_accounts SET bytes = 0, messages = 0 WHERE account_id = ?", accountId);
        });
    }

    @Override
    public boolean references(BlobId id) {
        return db.read(c -> Statements.first(c, "SELECT 1 FROM messages WHERE blob_id = ? LIMIT 1", r -> true, id.hex())).isPresent();
    }
}
