package dev.junction.store.sql;

import dev.junction.sql.Statements;
import dev.junction.store.BlobRef;
import dev.junction.store.MailboxException;
import dev.junction.store.OverQuotaException;
import dev.junction.store.StoredMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes every message operation is built from, each inside the caller's transaction: add
 * messages (next UIDs and one new MODSEQ in one UPDATE of the mailbox row), remove messages
 * (recording their UIDs for VANISHED), and charge or credit the account's usage. Each keeps
 * the mailbox's STATUS counters in step.
 */
final class MessageWrites {

    /** A message to add. */
    record New(BlobRef blob, Instant internalDate, Flags flags) {
    }

    record Added(long modSeq, long uidValidity, List<StoredMessage> messages) {
        List<Long> uids() {
            return messages.stream().map(StoredMessage::uid).toList();
        }
    }

    private MessageWrites() {
    }

    /** @throws MailboxException NONEXISTENT when the mailbox is gone or {@code \Noselect} */
    static Added add(Connection c, long mailboxId, List<New> messages) throws SQLException, MailboxException {
        Counts counts = Counts.ZERO;
        for (New m : messages) counts = counts.plus(Counts.of(m.flags(), m.blob().size()));
        record Next(long firstUid, long modSeq, long uidValidity) {
        }
        Next next = Statements.first(c, "UPDATE mailboxes SET uidnext = uidnext + ?, highestmodseq = highestmodseq + 1,"
                        + " messages = messages + ?, unseen = unseen + ?, deleted = deleted + ?, size = size + ?"
                        + " WHERE id = ? AND selectable = ? RETURNING uidnext - ?, highestmodseq, uidvalidity",
                r -> new Next(r.getLong(1), r.getLong(2), r.getLong(3)), (long) messages.size(), counts.messages(),
                counts.unseen(), counts.deleted(), counts.size(), mailboxId, true, (long) messages.size())
                .orElseThrow(() -> new MailboxException(MailboxException.Code.NONEXISTENT, "no mailbox " + mailboxId));
        List<Long> ids = messages.size() == 1 ? List.of(insertOne(c, mailboxId, next.firstUid(), next.modSeq(), messages.getFirst()))
                : insertMany(c, mailboxId, next.firstUid(), next.modSeq(), messages);
        List<StoredMessage> out = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            New m = messages.get(i);
            out.add(new StoredMessage(ids.get(i), mailboxId, next.firstUid() + i, next.modSeq(), m.blob(), m.internalDate(),
                    m.flags().names()));
        }
        return new Added(next.modSeq(), next.uidValidity(), out);
    }

    private static final String INSERT = "INSERT INTO messages (mailbox_id, uid, modseq, blob_id, size, internaldate,"
            + " system_flags, keywords) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** Delivery and APPEND: one statement. */
    private static long insertOne(Connection c, long mailboxId, long uid, long modSeq, New m) throws SQLException {
        return Statements.insert(c, INSERT + " RETURNING id", mailboxId, uid, modSeq, m.blob().id().hex(), m.blob().size(),
                m.internalDate().toEpochMilli(), m.flags().bits(), m.flags().keywordText());
    }

    /** COPY and MOVE: one batch for the rows, one query for their ids, not a round trip per message. */
    private static List<Long> insertMany(Connection c, long mailboxId, long firstUid, long modSeq, List<New> messages)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            long uid = firstUid;
            for (New m : messages) {
                ps.setLong(1, mailboxId);
                ps.setLong(2, uid++);
                ps.setLong(3, modSeq);
                ps.setString(4, m.blob().id().hex());
                ps.setLong(5, m.blob().size());
                ps.setLong(6, m.internalDate().toEpochMilli());
                ps.setInt(7, m.flags().bits());
                ps.setString(8, m.flags().keywordText());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return Statements.list(c, "SELECT id FROM messages WHERE mailbox_id = ? AND uid BETWEEN ? AND ? ORDER BY uid",
                r -> r.getLong(1), mailboxId, firstUid, firstUid + messages.size() - 1);
    }

    /** Removes the rows (of a locked mailbox) and returns the MODSEQ of the removal; usage is the caller's. */
    static long remove(Connection c, long mailboxId, List<MessageRows.Row> rows) throws SQLException {
        Counts counts = Counts.ZERO;
        for (MessageRows.Row r : rows) counts = counts.plus(Counts.of(r.flags(), r.blob().size()));
        long modSeq = bump(c, mailboxId, counts.negate());
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM messages WHERE id = ?");
             PreparedStatement record = c.prepareStatement("INSERT INTO expunged (mailbox_id, uid, modseq) VALUES (?, ?, ?)")) {
            for (MessageRows.Row r : rows) {
                delete.setLong(1, r.id());
                delete.addBatch();
                record.setLong(1, mailboxId);
                record.setLong(2, r.uid());
                record.setLong(3, modSeq);
                record.addBatch();
            }
            delete.executeBatch();
            record.executeBatch();
        }
        return modSeq;
    }

    /** Takes the next MODSEQ of a locked mailbox and applies a counter change. */
    static long bump(Connection c, long mailboxId, Counts counts) throws SQLException {
        return Statements.insert(c, "UPDATE mailboxes SET highestmodseq = highestmodseq + 1, messages = messages + ?,"
                + " unseen = unseen + ?, deleted = deleted + ?, size = size + ? WHERE id = ? RETURNING highestmodseq",
                counts.messages(), counts.unseen(), counts.deleted(), counts.size(), mailboxId);
    }

    /** Charges the account for new messages, refusing what would exceed the quota (0: none). */
    static void charge(Connection c, long accountId, long bytes, long messages, long quotaBytes)
            throws SQLException, OverQuotaException {
        MailboxRows.ensureAccount(c, accountId);
        int n = Statements.update(c, "UPDATE store_accounts SET bytes = bytes + ?, messages = messages + ?"
                + " WHERE account_id = ? AND (? <= 0 OR bytes + ? <= ?)", bytes, messages, accountId, quotaBytes, bytes, quotaBytes);
        if (n == 0) {
            throw new OverQuotaException("account " + accountId + ": " + bytes + " bytes would exceed the quota of "
                    + quotaBytes + " bytes");
        }
    }

    static void credit(Connection c, long accountId, long bytes, long messages) throws SQLException {
        Statements.update(c, "UPDATE store_accounts SET bytes = bytes - ?, messages = messages - ? WHERE account_id = ?",
                bytes, messages, accountId);
    }
}
