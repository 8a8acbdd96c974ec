package dev.junction.store.sql;

import dev.junction.sql.Statements;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages.Changes;
import dev.junction.store.MailboxMessages.FlagState;
import dev.junction.store.MailboxStatus;
import dev.junction.store.Maildrops.Entry;
import dev.junction.store.Maildrops.Maildrop;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** STATUS, changes since a MODSEQ, and the POP3 maildrop: reads in one snapshot each. */
final class Reads {

    private Reads() {
    }

    static MailboxStatus status(Connection c, long mailboxId) throws SQLException, MailboxException {
        MailboxRows.selectable(c, mailboxId);
        long firstUnseen = Statements.count(c, "SELECT min(uid) FROM messages WHERE mailbox_id = ? AND (system_flags & ?) = 0",
                mailboxId, Flags.SEEN);
        return Statements.first(c, "SELECT messages, uidnext, uidvalidity, unseen, deleted, size, highestmodseq, recent_uid,"
                + " (SELECT count(*) FROM messages m WHERE m.mailbox_id = mailboxes.id AND m.uid > mailboxes.recent_uid)"
                + " FROM mailboxes WHERE id = ?", r -> new MailboxStatus(r.getLong(1), r.getLong(2), r.getLong(3),
                r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), firstUnseen, r.getLong(8), r.getLong(9)),
                mailboxId).orElseThrow();
    }

    /** Distinct keyword lists first, so a mailbox where most messages share a few keywords reads few rows. */
    static Set<String> keywords(Connection c, long mailboxId) throws SQLException {
        Flags all = Flags.NONE;
        for (String k : Statements.list(c, "SELECT DISTINCT keywords FROM messages WHERE mailbox_id = ? AND keywords <> ''",
                r -> r.getString(1), mailboxId)) {
            all = all.plus(Flags.ofRow(0, k));
        }
        return all.names();
    }

    static Changes changesSince(Connection c, long mailboxId, long modSeq) throws SQLException, MailboxException {
        Mailbox m = MailboxRows.selectable(c, mailboxId);
        List<FlagState> changed = Statements.list(c, "SELECT uid, modseq, system_flags, keywords FROM messages"
                + " WHERE mailbox_id = ? AND modseq > ? ORDER BY uid", r -> new FlagState(r.getLong(1), r.getLong(2),
                MessageRows.flags(r).names()), mailboxId, modSeq);
        List<Long> vanished = Statements.list(c, "SELECT uid FROM expunged WHERE mailbox_id = ? AND modseq > ? ORDER BY uid",
                r -> r.getLong(1), mailboxId, modSeq);
        return new Changes(m.highestModSeq(), changed, vanished);
    }

    static Maildrop maildrop(Connection c, Mailbox inbox) throws SQLException {
        List<Entry> entries = MessageRows.messages(c, inbox.id(), UidSet.ALL).stream()
                .map(m -> entry(inbox, m)).toList();
        return new Maildrop(inbox.id(), inbox.uidValidity(), entries);
    }

    private static Entry entry(Mailbox inbox, StoredMessage m) {
        return new Entry(m.uid(), m.blob().size(), m.blob(), inbox.uidValidity() + "." + m.uid());
    }
}
