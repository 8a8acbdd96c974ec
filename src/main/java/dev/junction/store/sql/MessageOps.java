package dev.junction.store.sql;

import dev.junction.store.Mailbox;
import dev.junction.store.MailboxChange;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages.CopyResult;
import dev.junction.store.MailboxMessages.Expunged;
import dev.junction.store.MailboxMessages.FlagState;
import dev.junction.store.MailboxMessages.StoreMode;
import dev.junction.store.MailboxMessages.StoreResult;
import dev.junction.store.OverQuotaException;
import dev.junction.store.UidSet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * STORE, EXPUNGE, COPY and MOVE inside one transaction each. Each locks what it changes in the
 * order {@link MailboxRows} describes, reads the message rows under that lock, and adds the
 * changes to announce after commit to {@code events}.
 */
final class MessageOps {

    private MessageOps() {
    }

    static StoreResult store(Connection c, long mailboxId, UidSet uids, StoreMode mode, Flags given, long unchangedSince,
                             List<MailboxChange> events) throws SQLException, MailboxException {
        MailboxRows.lock(c, mailboxId);
        record Change(MessageRows.Row row, Flags after) {
        }
        List<Change> passed = new ArrayList<>();
        List<Long> modified = new ArrayList<>();
        Counts counts = Counts.ZERO;
        for (MessageRows.Row r : MessageRows.rows(c, mailboxId, uids)) {
            if (r.modSeq() > unchangedSince) {
                modified.add(r.uid());
                continue;
            }
            Flags after = switch (mode) {
                case ADD -> r.flags().plus(given);
                case REMOVE -> r.flags().minus(given);
                case REPLACE -> given;
            };
            passed.add(new Change(r, after));
            if (!after.sameAs(r.flags())) counts = counts.plus(Counts.reflag(r.flags(), after));
        }
        boolean anyChange = passed.stream().anyMatch(ch -> !ch.after().sameAs(ch.row().flags()));
        long modSeq = anyChange ? MessageWrites.bump(c, mailboxId, counts) : 0;
        List<FlagState> states = new ArrayList<>(passed.size());
        List<FlagState> changed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE messages SET system_flags = ?, keywords = ?, modseq = ? WHERE id = ?")) {
            for (Change ch : passed) {
                if (ch.after().sameAs(ch.row().flags())) {
                    states.add(new FlagState(ch.row().uid(), ch.row().modSeq(), ch.row().flags().names()));
                    continue;
                }
                ps.setInt(1, ch.after().bits());
                ps.setString(2, ch.after().keywordText());
                ps.setLong(3, modSeq);
                ps.setLong(4, ch.row().id());
                ps.addBatch();
                FlagState s = new FlagState(ch.row().uid(), modSeq, ch.after().names());
                states.add(s);
                changed.add(s);
            }
            if (!changed.isEmpty()) ps.executeBatch();
        }
        if (!changed.isEmpty()) events.add(new MailboxChange.FlagsChanged(mailboxId, modSeq, changed));
        return new StoreResult(modSeq, states, modified);
    }

    static Expunged expunge(Connection c, long mailboxId, UidSet uids, boolean deletedOnly, List<MailboxChange> events)
            throws SQLException, MailboxException {
        Mailbox mailbox = MailboxRows.selectable(c, mailboxId);
        MailboxRows.lockAccount(c, mailbox.accountId());
        MailboxRows.lock(c, mailboxId);
        List<MessageRows.Row> rows = MessageRows.rows(c, mailboxId, uids).stream()
                .filter(r -> !deletedOnly || r.flags().deleted()).toList();
        if (rows.isEmpty()) return new Expunged(0, List.of());
        long modSeq = MessageWrites.remove(c, mailboxId, rows);
        MessageWrites.credit(c, mailbox.accountId(), rows.stream().mapToLong(r -> r.blob().size()).sum(), rows.size());
        List<Long> removed = rows.stream().map(MessageRows.Row::uid).toList();
        events.add(new MailboxChange.Expunged(mailboxId, modSeq, removed));
        return new Expunged(modSeq, removed);
    }

    /**
     * COPY, or MOVE when {@code move}: the target gets new UIDs with the flags and dates of the
     * sources; MOVE then removes the sources in the same transaction.
     */
    static CopyResult copy(Connection c, long fromId, UidSet uids, long toId, long quotaBytes, boolean move,
                           List<MailboxChange> events) throws SQLException, MailboxException, OverQuotaException {
        Mailbox from = MailboxRows.selectable(c, fromId);
        Mailbox to = MailboxRows.selectable(c, toId);
        if (from.accountId() != to.accountId()) {
            throw new MailboxException(MailboxException.Code.CANNOT, "mailboxes " + fromId + " and " + toId
                    + " belong to different accounts");
        }
        MailboxRows.lockAccount(c, from.accountId());
        MailboxRows.lock(c, Math.min(fromId, toId));
        if (fromId != toId) MailboxRows.lock(c, Math.max(fromId, toId));
        List<MessageRows.Row> rows = MessageRows.rows(c, fromId, uids);
        if (rows.isEmpty()) return new CopyResult(to.uidValidity(), List.of(), List.of());
        if (!move) {
            MessageWrites.charge(c, from.accountId(), rows.stream().mapToLong(r -> r.blob().size()).sum(), rows.size(),
                    quotaBytes);
        }
        MessageWrites.Added added = MessageWrites.add(c, toId, rows.stream()
                .map(r -> new MessageWrites.New(r.blob(), r.internalDate(), r.flags())).toList());
        events.add(new MailboxChange.Appended(toId, added.modSeq(), added.uids()));
        List<Long> sourceUids = rows.stream().map(MessageRows.Row::uid).toList();
        if (move) {
            long modSeq = MessageWrites.remove(c, fromId, rows);
            events.add(new MailboxChange.Expunged(fromId, modSeq, sourceUids));
        }
        return new CopyResult(added.uidValidity(), sourceUids, added.uids());
    }
}
