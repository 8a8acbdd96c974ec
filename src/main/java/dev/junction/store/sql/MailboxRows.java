package dev.junction.store.sql;

import dev.junction.sql.Statements;
import dev.junction.store.Mailbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Mailbox rows: lookup, creation of the default set, and the per-account row they hang off. */
final class MailboxRows {

    static final String INBOX = "INBOX";

    /** The mailboxes every account gets, with their RFC 6154 special-use attributes. */
    private static final List<String[]> DEFAULTS = List.of(
            new String[] {INBOX, null},
            new String[] {"Sent", "\\Sent"},
            new String[] {"Drafts", "\\Drafts"},
            new String[] {"Trash", "\\Trash"},
            new String[] {"Junk", "\\Junk"},
            new String[] {"Archive", "\\Archive"});

    private static final String COLUMNS = "id, account_id, name, special_use, uidvalidity, uidnext, highestmodseq, subscribed";

    private MailboxRows() {
    }

    /** INBOX is case-insensitive (RFC 3501 5.1); every other name is as given. */
    static String canonical(String name) {
        return name.equalsIgnoreCase(INBOX) ? INBOX : name;
    }

    static Optional<Mailbox> find(Connection c, long accountId, String name) throws SQLException {
        return Statements.first(c, "SELECT " + COLUMNS + " FROM mailboxes WHERE account_id = ? AND name = ?",
                MailboxRows::map, accountId, canonical(name));
    }

    static List<Mailbox> all(Connection c, long accountId) throws SQLException {
        return Statements.list(c, "SELECT " + COLUMNS + " FROM mailboxes WHERE account_id = ? ORDER BY id",
                MailboxRows::map, accountId);
    }

    static void createDefaults(Connection c, long accountId, long nowSeconds) throws SQLException {
        ensureAccount(c, accountId);
        for (String[] d : DEFAULTS) {
            if (find(c, accountId, d[0]).isPresent()) continue;
            Statements.update(c, "INSERT INTO mailboxes (account_id, name, special_use, uidvalidity, uidnext, highestmodseq,"
                    + " subscribed) VALUES (?, ?, ?, ?, 1, 1, ?)", accountId, d[0], d[1],
                    nextUidValidity(c, accountId, nowSeconds), true);
        }
    }

    /** The usage row that quota checks update and UIDVALIDITY values are drawn from. */
    static void ensureAccount(Connection c, long accountId) throws SQLException {
        Statements.update(c, "INSERT INTO store_accounts (account_id) VALUES (?) ON CONFLICT DO NOTHING", accountId);
    }

    /**
     * UIDVALIDITY for a new mailbox: the clock in seconds, but always above the account's last
     * value, so a mailbox deleted and re-created under the same name never repeats one (RFC 3501 2.3.1.1).
     */
    private static long nextUidValidity(Connection c, long accountId, long nowSeconds) throws SQLException {
        return Statements.insert(c, "UPDATE store_accounts SET last_uidvalidity = CASE WHEN last_uidvalidity < ?"
                + " THEN ? ELSE last_uidvalidity + 1 END WHERE account_id = ? RETURNING last_uidvalidity",
                nowSeconds, nowSeconds, accountId);
    }

    private static Mailbox map(ResultSet r) throws SQLException {
        return new Mailbox(r.getLong("id"), r.getLong("account_id"), r.getString("name"), r.getString("special_use"),
                r.getLong("uidvalidity"), r.getLong("uidnext"), r.getLong("highestmodseq"), r.getBoolean("subscribed"));
    }
}
