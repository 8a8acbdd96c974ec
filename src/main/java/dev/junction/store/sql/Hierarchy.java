package dev.junction.store.sql;

import dev.junction.sql.Statements;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxChange;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxException.Code;
import dev.junction.store.MailboxName;
import dev.junction.store.OverQuotaException;
import dev.junction.store.UidSet;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CREATE, DELETE and RENAME (RFC 9051 6.3.4-6.3.6) inside one transaction each, with the
 * account row locked first so two hierarchy changes of one account take turns. An account has
 * at most a few thousand mailboxes, so inferiors are found among all its names here rather than
 * with LIKE (whose wildcards '_' and '%' may appear in names).
 */
final class Hierarchy {

    static final Set<String> SPECIAL_USE = Set.of("\\All", "\\Archive", "\\Drafts", "\\Flagged", "\\Junk", "\\Sent", "\\Trash");

    private Hierarchy() {
    }

    static long create(Connection c, long accountId, String name, String specialUse, long nowSeconds)
            throws SQLException, MailboxException {
        if (specialUse != null && !SPECIAL_USE.contains(specialUse)) {
            throw new MailboxException(Code.USEATTR, "unknown special-use attribute " + specialUse);
        }
        MailboxRows.lockAccount(c, accountId);
        Optional<Mailbox> existing = MailboxRows.find(c, accountId, name);
        if (existing.isPresent() && existing.get().selectable()) {
            throw new MailboxException(Code.ALREADYEXISTS, "mailbox exists: " + name);
        }
        // A \Noselect name becomes a new mailbox (new id, new UIDVALIDITY); its inferiors stay.
        if (existing.isPresent()) Statements.update(c, "DELETE FROM mailboxes WHERE id = ?", existing.get().id());
        createSuperiors(c, accountId, name, nowSeconds);
        return MailboxRows.insert(c, accountId, name, specialUse, nowSeconds);
    }

    static void delete(Connection c, long accountId, String name, List<MailboxChange> events)
            throws SQLException, MailboxException {
        if (name.equals(MailboxRows.INBOX)) throw new MailboxException(Code.CANNOT, "INBOX cannot be deleted");
        MailboxRows.lockAccount(c, accountId);
        Mailbox m = MailboxRows.find(c, accountId, name)
                .orElseThrow(() -> new MailboxException(Code.NONEXISTENT, "no mailbox " + name));
        List<Mailbox> all = MailboxRows.all(c, accountId);
        boolean hasInferiors = all.stream().anyMatch(o -> MailboxName.isInferior(o.name(), name));
        if (hasInferiors && !m.selectable()) {
            throw new MailboxException(Code.HASCHILDREN, name + " has inferior mailboxes");
        }
        credit(c, accountId, m.id());
        if (hasInferiors) {
            Statements.update(c, "DELETE FROM messages WHERE mailbox_id = ?", m.id());
            Statements.update(c, "DELETE FROM expunged WHERE mailbox_id = ?", m.id());
            Statements.update(c, "UPDATE mailboxes SET selectable = ?, special_use = NULL, messages = 0, unseen = 0,"
                    + " deleted = 0, size = 0 WHERE id = ?", false, m.id());
        } else {
            Statements.update(c, "DELETE FROM mailboxes WHERE id = ?", m.id());
            pruneSuperiors(c, accountId, name);
        }
        events.add(new MailboxChange.Deleted(m.id()));
    }

    static void rename(Connection c, long accountId, String from, String to, long nowSeconds, List<MailboxChange> events)
            throws SQLException, MailboxException {
        MailboxRows.lockAccount(c, accountId);
        Mailbox m = MailboxRows.find(c, accountId, from)
                .orElseThrow(() -> new MailboxException(Code.NONEXISTENT, "no mailbox " + from));
        if (MailboxRows.find(c, accountId, to).isPresent()) throw new MailboxException(Code.ALREADYEXISTS, "mailbox exists: " + to);
        if (m.name().equals(MailboxRows.INBOX)) {
            renameInbox(c, accountId, m, to, nowSeconds, events);
            return;
        }
        if (MailboxName.isInferior(to, m.name())) {
            throw new MailboxException(Code.CANNOT, "cannot rename " + m.name() + " into itself");
        }
        List<Mailbox> moving = MailboxRows.all(c, accountId).stream()
                .filter(o -> o.id() == m.id() || MailboxName.isInferior(o.name(), m.name())).toList();
        for (Mailbox o : moving) {
            String target = to + o.name().substring(m.name().length());
            if (MailboxRows.find(c, accountId, target).isPresent()) {
                throw new MailboxException(Code.ALREADYEXISTS, "mailbox exists: " + target);
            }
        }
        createSuperiors(c, accountId, to, nowSeconds);
        for (Mailbox o : moving) {
            String target = to + o.name().substring(m.name().length());
            Statements.update(c, "UPDATE mailboxes SET name = ? WHERE id = ?", target, o.id());
            moveSubscription(c, accountId, o.name(), target);
        }
        pruneSuperiors(c, accountId, m.name());
    }

    /** RFC 9051 6.3.6: INBOX's messages go to a new mailbox; INBOX stays, empty, with its inferiors. */
    private static void renameInbox(Connection c, long accountId, Mailbox inbox, String to, long nowSeconds,
                                    List<MailboxChange> events) throws SQLException, MailboxException {
        createSuperiors(c, accountId, to, nowSeconds);
        long target = MailboxRows.insert(c, accountId, to, null, nowSeconds);
        try {
            MessageOps.copy(c, inbox.id(), UidSet.ALL, target, 0, true, events);
        } catch (OverQuotaException e) {
            throw new IllegalStateException("a move never charges the quota", e);
        }
    }

    private static void createSuperiors(Connection c, long accountId, String name, long nowSeconds) throws SQLException {
        for (String s : MailboxName.superiors(name)) {
            if (MailboxRows.find(c, accountId, s).isEmpty()) MailboxRows.insert(c, accountId, s, null, nowSeconds);
        }
    }

    /** Removes {@code \Noselect} superiors of a removed name that no longer have inferiors, innermost first. */
    private static void pruneSuperiors(Connection c, long accountId, String name) throws SQLException {
        List<String> superiors = MailboxName.superiors(name);
        for (int i = superiors.size() - 1; i >= 0; i--) {
            String s = superiors.get(i);
            Optional<Mailbox> sup = MailboxRows.find(c, accountId, s);
            if (sup.isEmpty() || sup.get().selectable()) return;
            boolean hasInferiors = MailboxRows.all(c, accountId).stream().anyMatch(o -> MailboxName.isInferior(o.name(), s));
            if (hasInferiors) return;
            Statements.update(c, "DELETE FROM mailboxes WHERE id = ?", sup.get().id());
        }
    }

    private static void credit(Connection c, long accountId, long mailboxId) throws SQLException {
        record Sum(long bytes, long messages) {
        }
        Sum sum = Statements.first(c, "SELECT size, messages FROM mailboxes WHERE id = ?",
                r -> new Sum(r.getLong(1), r.getLong(2)), mailboxId).orElse(new Sum(0, 0));
        if (sum.messages() > 0) MessageWrites.credit(c, accountId, sum.bytes(), sum.messages());
    }

    private static void moveSubscription(Connection c, long accountId, String from, String to) throws SQLException {
        int n = Statements.update(c, "DELETE FROM subscriptions WHERE account_id = ? AND name = ?", accountId, from);
        if (n > 0) {
            Statements.update(c, "INSERT INTO subscriptions (account_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    accountId, to);
        }
    }
}
