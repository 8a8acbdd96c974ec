package dev.junction.directory.sql;

import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.directory.DirectoryException;
import dev.junction.mail.MailAddress;
import dev.junction.sql.Statements;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Row mapping and the lookups that several directory operations share. */
final class DirectoryRows {

    static final String ACCOUNT_COLUMNS = "id, address, display_name, state, quota_bytes";

    private DirectoryRows() {
    }

    static Account account(ResultSet row) throws SQLException {
        return new Account(row.getLong("id"), address(row.getString("address")), row.getString("display_name"),
                AccountState.valueOf(row.getString("state")), row.getLong("quota_bytes"));
    }

    /** Rebuilds an address stored by {@link MailAddress#toString()} without re-validating it. */
    static MailAddress address(String stored) {
        int at = stored.lastIndexOf('@');
        return new MailAddress(stored.substring(0, at), stored.substring(at + 1));
    }

    static Optional<Account> accountByKey(Connection c, String key) throws SQLException {
        return Statements.first(c, "SELECT " + ACCOUNT_COLUMNS + " FROM accounts WHERE address_key = ?",
                DirectoryRows::account, key);
    }

    /** The id of a local domain; refuses an unknown one. */
    static long domainId(Connection c, String domain) throws SQLException {
        return Statements.first(c, "SELECT id FROM domains WHERE name = ?", row -> row.getLong(1), domain)
                .orElseThrow(() -> new DirectoryException("domain " + domain + " is not a local domain"));
    }

    /** Refuses an address already used by an account, alias or group. */
    static void requireFree(Connection c, MailAddress address) throws SQLException {
        String key = address.key();
        long used = Statements.count(c, "SELECT (SELECT COUNT(*) FROM accounts WHERE address_key = ?)"
                + " + (SELECT COUNT(*) FROM aliases WHERE address_key = ?)"
                + " + (SELECT COUNT(*) FROM mail_groups WHERE address_key = ?)", key, key, key);
        if (used > 0) throw new DirectoryException(address + " already exists");
    }

    static long groupId(Connection c, MailAddress group) throws SQLException {
        return Statements.first(c, "SELECT id FROM mail_groups WHERE address_key = ?", row -> row.getLong(1), group.key())
                .orElseThrow(() -> new DirectoryException("no group " + group));
    }

    static void requireChanged(int rows, String what) {
        if (rows == 0) throw new DirectoryException("no " + what);
    }
}
