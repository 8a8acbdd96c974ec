package dev.junction.store.sql;

import dev.junction.sql.Database;
import dev.junction.sql.SqlWork;
import dev.junction.sql.Statements;
import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.BlobReferences;
import dev.junction.store.LocalMailboxChanges;
import dev.junction.store.MailStore;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxChange;
import dev.junction.store.MailboxChanges;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages;
import dev.junction.store.MailboxName;
import dev.junction.store.MailboxStatus;
import dev.junction.store.MailboxTree;
import dev.junction.store.MaildropLock;
import dev.junction.store.MessageStructureCache;
import dev.junction.store.Maildrops;
import dev.junction.store.OverQuotaException;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mail store in the metadata database: delivery ({@link MailStore}), the mailbox hierarchy
 * ({@link MailboxTree}), IMAP message operations ({@link MailboxMessages}) and POP3
 * ({@link Maildrops}), and IMAP's parsed structures ({@link MessageStructureCache}). Every operation is one transaction; the changes it made are published on
 * {@link #changes()} after the commit. The SQL lives in the package's row and operation classes.
 */
public final class SqlMailStore implements MailStore, MailboxTree, MailboxMessages, Maildrops, MessageStructureCache,
        BlobReferences {

    private final Database db;
    private final Clock clock;
    private final MailboxChanges changes;
    private final MaildropLeases leases;

    public SqlMailStore(Database db) {
        this(db, Clock.systemUTC());
    }

    public SqlMailStore(Database db, Clock clock) {
        this(db, clock, new LocalMailboxChanges());
    }

    public SqlMailStore(Database db, Clock clock, MailboxChanges changes) {
        this.db = db;
        this.clock = clock;
        this.changes = changes;
        this.leases = new MaildropLeases(db, clock);
    }

    /** Where this store announces committed changes; sessions listen here. */
    public MailboxChanges changes() {
        return changes;
    }

    /** Work that also collects the changes to announce once it has committed. */
    @FunctionalInterface
    private interface Announcing<T, X extends Exception> {
        T run(Connection c, List<MailboxChange> events) throws SQLException, X;
    }

    private <T, X extends Exception> T write(Announcing<T, X> work) throws X {
        List<MailboxChange> events = new ArrayList<>();
        SqlWork<T, X> inTransaction = c -> {
            events.clear();
            return work.run(c, events);
        };
        T result = db.write(inTransaction);
        events.forEach(changes::publish);
        return result;
    }

    /** {@link #write} for work that may throw both store refusals. */
    private <T> T writeRefusable(Announcing<T, Exception> work) throws MailboxException, OverQuotaException {
        try {
            return write(work);
        } catch (MailboxException | OverQuotaException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("unexpected checked exception", e);
        }
    }

    private long nowSeconds() {
        return clock.instant().getEpochSecond();
    }

    // --- delivery -------------------------------------------------------------------------------

    @Override
    public void createDefaultMailboxes(long accountId) {
        db.write(c -> {
            MailboxRows.createDefaults(c, accountId, nowSeconds());
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
        return write((c, events) -> Delivery.deliver(c, accountId, mailboxName, blob, internalDate, deliveryKey,
                quotaBytes, clock, events));
    }

    @Override
    public List<StoredMessage> messages(long mailboxId) {
        return messages(mailboxId, UidSet.ALL);
    }

    @Override
    public Usage usage(long accountId) {
        return db.read(c -> Statements.first(c, "SELECT bytes, messages FROM store_accounts WHERE account_id = ?",
                r -> new Usage(r.getLong(1), r.getLong(2)), accountId)).orElse(new Usage(0, 0));
    }

    @Override
    public void deleteAccount(long accountId) {
        List<Mailbox> gone = mailboxes(accountId);
        db.write(c -> {
            Statements.update(c, "DELETE FROM messages WHERE mailbox_id IN (SELECT id FROM mailboxes WHERE account_id = ?)", accountId);
            Statements.update(c, "DELETE FROM mailboxes WHERE account_id = ?", accountId);
            Statements.update(c, "DELETE FROM subscriptions WHERE account_id = ?", accountId);
            Statements.update(c, "DELETE FROM deliveries WHERE account_id = ?", accountId);
            Statements.update(c, "DELETE FROM maildrop_locks WHERE account_id = ?", accountId);
            // The row stays, zeroed, so its last UIDVALIDITY still rules out a repeat.
            return Statements.update(c, "UPDATE store_accounts SET bytes = 0, messages = 0 WHERE account_id = ?", accountId);
        });
        gone.forEach(m -> changes.publish(new MailboxChange.Deleted(m.id())));
    }

    @Override
    public int forgetDeliveries(Instant cutoff) {
        return db.write(c -> Statements.update(c, "DELETE FROM deliveries WHERE delivered_at < ?", cutoff.toEpochMilli()));
    }

    @Override
    public boolean references(BlobId id) {
        return db.read(c -> Statements.first(c, "SELECT 1 FROM messages WHERE blob_id = ? LIMIT 1", r -> true, id.hex())).isPresent();
    }

    // --- hierarchy ------------------------------------------------------------------------------

    @Override
    public Mailbox create(long accountId, String name, String specialUse) throws MailboxException {
        String n = MailboxName.validate(name);
        return db.write(c -> MailboxRows.byId(c, Hierarchy.create(c, accountId, n, specialUse, nowSeconds())).orElseThrow());
    }

    @Override
    public void delete(long accountId, String name) throws MailboxException {
        String n = MailboxName.canonical(name);
        write((c, events) -> {
            Hierarchy.delete(c, accountId, n, events);
            return null;
        });
    }

    @Override
    public void rename(long accountId, String from, String to) throws MailboxException {
        String f = MailboxName.canonical(from);
        String t = MailboxName.validate(to);
        try {
            writeRefusable((c, events) -> {
                Hierarchy.rename(c, accountId, f, t, nowSeconds(), events);
                return null;
            });
        } catch (OverQuotaException e) {
            throw new IllegalStateException("a rename never charges the quota", e);
        }
    }

    @Override
    public void subscribe(long accountId, String name) throws MailboxException {
        String n = MailboxName.validate(name);
        db.write(c -> Statements.update(c, "INSERT INTO subscriptions (account_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                accountId, n));
    }

    @Override
    public boolean unsubscribe(long accountId, String name) {
        String n = MailboxName.canonical(name);
        return db.write(c -> Statements.update(c, "DELETE FROM subscriptions WHERE account_id = ? AND name = ?", accountId, n)) > 0;
    }

    @Override
    public List<Listing> list(long accountId) {
        return db.read(c -> Listings.list(c, accountId));
    }

    // --- messages -------------------------------------------------------------------------------

    @Override
    public StoredMessage append(long mailboxId, BlobRef blob, Instant internalDate, Set<String> flags, long quotaBytes)
            throws MailboxException, OverQuotaException {
        Flags f = Flags.of(flags);
        Instant date = Instant.ofEpochMilli(internalDate.toEpochMilli());
        return writeRefusable((c, events) -> {
            Mailbox m = MailboxRows.selectable(c, mailboxId);
            MessageWrites.charge(c, m.accountId(), blob.size(), 1, quotaBytes);
            MessageWrites.Added added = MessageWrites.add(c, mailboxId, List.of(new MessageWrites.New(blob, date, f)));
            events.add(new MailboxChange.Appended(mailboxId, added.modSeq(), added.uids()));
            return added.messages().getFirst();
        });
    }

    @Override
    public List<StoredMessage> messages(long mailboxId, UidSet uids) {
        return db.read(c -> MessageRows.messages(c, mailboxId, uids));
    }

    @Override
    public StoreResult store(long mailboxId, UidSet uids, StoreMode mode, Set<String> flags, long unchangedSince)
            throws MailboxException {
        Flags f = Flags.of(flags);
        return write((c, events) -> MessageOps.store(c, mailboxId, uids, mode, f, unchangedSince, events));
    }

    @Override
    public Expunged expunge(long mailboxId, UidSet uids, boolean deletedOnly) throws MailboxException {
        return write((c, events) -> MessageOps.expunge(c, mailboxId, uids, deletedOnly, events));
    }

    @Override
    public CopyResult copy(long fromMailboxId, UidSet uids, long toMailboxId, long quotaBytes)
            throws MailboxException, OverQuotaException {
        return writeRefusable((c, events) -> MessageOps.copy(c, fromMailboxId, uids, toMailboxId, quotaBytes, false, events));
    }

    @Override
    public CopyResult move(long fromMailboxId, UidSet uids, long toMailboxId) throws MailboxException {
        try {
            return writeRefusable((c, events) -> MessageOps.copy(c, fromMailboxId, uids, toMailboxId, 0, true, events));
        } catch (OverQuotaException e) {
            throw new IllegalStateException("a move never charges the quota", e);
        }
    }

    @Override
    public Set<String> keywords(long mailboxId) {
        return db.read(c -> Reads.keywords(c, mailboxId));
    }

    @Override
    public MailboxStatus status(long mailboxId) throws MailboxException {
        return db.read(c -> Reads.status(c, mailboxId));
    }

    @Override
    public long claimRecent(long mailboxId, long uid) throws MailboxException {
        // Most SELECTs find nothing new to claim; the watermark never falls, so a read settles
        // those without a durable write.
        long claimed = db.read(c -> Statements.first(c, "SELECT recent_uid FROM mailboxes WHERE id = ? AND selectable = ?",
                r -> r.getLong(1), mailboxId, true)).orElse(-1L);
        if (claimed >= uid) return claimed;
        return db.write(c -> MailboxRows.claimRecent(c, mailboxId, uid));
    }

    @Override
    public Changes changesSince(long mailboxId, long modSeq) throws MailboxException {
        return db.read(c -> Reads.changesSince(c, mailboxId, modSeq));
    }

    // --- parsed structures ----------------------------------------------------------------------

    @Override
    public Map<BlobId, String> structures(Collection<BlobId> blobs) {
        if (blobs.isEmpty()) return Map.of();
        List<BlobId> ids = List.copyOf(blobs);
        return db.read(c -> StructureRows.find(c, ids));
    }

    @Override
    public void keepStructures(Map<BlobId, String> structures) {
        if (structures.isEmpty()) return;
        db.write(c -> {
            StructureRows.keep(c, structures);
            return null;
        });
    }

    /**
     * Finds unreferenced rows with reads (which wait for no writer) and deletes each batch found in
     * one short write, so a large table that is mostly still in use costs no long write transaction.
     */
    @Override
    public int forgetUnreferencedStructures() {
        int deleted = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> found = db.read(c -> StructureRows.unreferenced(c, from));
            if (!found.isEmpty()) deleted += db.write(c -> StructureRows.forget(c, found));
            if (found.size() < StructureRows.BATCH) return deleted;
            after = found.getLast();
        }
    }

    // --- POP3 -----------------------------------------------------------------------------------

    @Override
    public Maildrop maildrop(long accountId) {
        Optional<Mailbox> inbox = mailbox(accountId, MailboxName.INBOX);
        if (inbox.isEmpty()) {
            createDefaultMailboxes(accountId);
            inbox = mailbox(accountId, MailboxName.INBOX);
        }
        Mailbox m = inbox.orElseThrow();
        return db.read(c -> Reads.maildrop(c, m));
    }

    @Override
    public Optional<MaildropLock> lockMaildrop(long accountId, Duration lease) {
        return leases.lock(accountId, lease);
    }
}
