package dev.junction.store.sql;

import dev.junction.sql.Statements;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxName;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Mailbox rows: lookup, insertion, the default set, the row locks writers take, and the
 * {@code \Recent} watermark. Lock order, everywhere: the account's {@code store_accounts} row
 * first, then mailbox rows by ascending id; so deliveries, copies, expunges and hierarchy changes
 * never deadlock on PostgreSQL.
 */
final class MailboxRows {

    static final String INBOX = MailboxName.INBOX;

    /** The mailboxes every account gets, with their RFC 6154 special-use attributes. */
    private static final List<String[]> DEFAULTS = List.of(
            new String[] {INBOX, null},
            new String[] {"Sent", "\\Sent"},
            new String[] {"Drafts", "\\Drafts"},
            new String[] {"Trash", "\\Trash"},
            new String[] {"Junk", "\\Junk"},
            new String[] {"Archive", "\\Archive"});

    private static final String COLUMNS = "id, account_id, name, special_use, uidvalidity, uidnext, highestmodseq, selectable,"
            + " EXISTS (SELECT 1 FROM subscriptions s WHERE s.account_id = mailboxes.account_id AND s.name = mailboxes.name)"
            + " AS subscribed";

    private MailboxRows() {
    }

    static Optional<Mailbox> find(Connection c, long accountId, String name) throws SQLException {
        return Statements.first(c, "SELECT " + COLUMNS + " FROM mailboxes WHERE account_id = ? AND name = ?",
                MailboxRows::map, accountId, MailboxName.canonical(name));
    }

    static Optional<Mailbox> byId(Connection c, long mailboxId) throws SQLException {
        return Statements.first(c, "SELECT " + COLUMNS + " FROM mailboxes WHERE id = ?", MailboxRows::map, mailboxId);
    }

    /** A mailbox that holds messages, or NONEXISTENT. */
    static Mailbox selectable(Connection c, long mailboxId) throws SQLException, MailboxException {
        return byId(c, mailboxId).filter(Mailbox::selectable).orElseThrow(() -> new MailboxException(
                MailboxException.Code.NONEXISTENT, "no mailbox " + mailboxId));
    }

    static List<Mailbox> all(Connection c, long accountId) throws SQLException {
        return Statements.list(c, "SELECT " + COLUMNS + " FROM mailboxes WHERE account_id = ? ORDER BY id",
                MailboxRows::map, accountId);
    }

    static void createDefaults(Connection c, long accountId, long nowSeconds) throws SQLException {
        ensureAccount(c, accountId);
        for (String[] d : DEFAULTS) {
            if (find(c, accountId, d[0]).isPresent()) continue;
            insert(c, accountId, d[0], d[1], nowSeconds);
            Statements.update(c, "INSERT INTO subscriptions (account_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    accountId, d[0]);
        }
    }

    /** A new, empty, selectable mailbox with a fresh UIDVALIDITY; returns its id. */
    static long insert(Connection c, long accountId, String name, String specialUse, long nowSeconds) throws SQLException {
        return Statements.insert(c, "INSERT INTO mailboxes (account_id, name, special_use, uidvalidity, uidnext, highestmodseq,"
                + " selectable) VALUES (?, ?, ?, ?, 1, 1, ?) RETURNING id", accountId, name, specialUse,
                nextUidValidity(c, accountId, nowSeconds), true);
    }

    /** The usage row that quota checks update and UIDVALIDITY values are drawn from. */
    static void ensureAccount(Connection c, long accountId) throws SQLException {
        Statements.update(c, "INSERT INTO store_accounts (account_id) VALUES (?) ON CONFLICT DO NOTHING", accountId);
    }

    /** Takes the account row's lock (PostgreSQL; SQLite has one writer anyway): first in the lock order. */
    static void lockAccount(Connection c, long accountId) throws SQLException {
        ensureAccount(c, accountId);
        Statements.update(c, "UPDATE store_accounts SET bytes = bytes WHERE account_id = ?", accountId);
    }

    /** Takes the mailbox row's lock; after it, message rows of the mailbox can be read and changed safely. */
    static Mailbox lock(Connection c, long mailboxId) throws SQLException, MailboxException {
        Statements.update(c, "UPDATE mailboxes SET highestmodseq = highestmodseq WHERE id = ?", mailboxId);
        return selectable(c, mailboxId);
    }

    /**
     * Raises the {@code \Recent} watermark to {@code uid}; returns the one before. The first
     * update takes the row's lock (PostgreSQL; SQLite has one writer anyway), so the read after it
     * sees the last committed claim and two sessions never get the same UIDs.
     */
    static long claimRecent(Connection c, long mailboxId, long uid) throws SQLException, MailboxException {
        if (Statements.update(c, "UPDATE mailboxes SET recent_uid = recent_uid WHERE id = ? AND selectable = ?",
                mailboxId, true) == 0) {
            throw new MailboxException(MailboxException.Code.NONEXISTENT, "no mailbox " + mailboxId);
        }
        long before = Statements.count(c, "SELECT recent_uid FROM mailboxes WHERE id = ?", mailboxId);
        if (uid > before) Statements.update(c, "UPDATE mailboxes SET recent_uid = ? WHERE id = ?", uid, mailboxId);
        return before;
    }

    /**
     * UIDVALIDITY for a new mailbox: the clock in seconds, but always above the account's last
     * value, so a mailbox deleted and re-created under the same name never repeats one (RFC 9051 2.3.1.1).
     */
    private static long nextUidValidity(Connection c, long accountId, long nowSeconds) throws SQLException {
        ensureAccount(c, accountId);
        return Statements.insert(c, "UPDATE store_accounts SET last_uidvalidity = CASE WHEN last_uidvalidity < ?"
                + " THEN ? ELSE last_uidvalidity + 1 END WHERE account_id = ? RETURNING last_uidvalidity",
                nowSeconds, nowSeconds, accountId);
    }

    private static Mailbox map(ResultSet r) throws SQLException {
        return new Mailbox(r.getLong("id"), r.getLong("account_id"), r.getString("name"), r.getString("special_use"),
                r.getLong("uidvalidity"), r.getLong("uidnext"), r.getLong("highestmodseq"), r.getBoolean("subscribed"),
                r.getBoolean("selectable"));
    }
}
