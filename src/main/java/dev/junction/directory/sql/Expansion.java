package dev.junction.directory.sql;

import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.directory.Resolution;
import dev.junction.mail.MailAddress;
import dev.junction.sql.Statements;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands one address through aliases and groups, depth first in the order targets and members
 * were given. Each address is visited once, which cuts loops and removes duplicates. A disabled
 * account or a dangling target met on the way is skipped; the start address itself must name
 * something, and an expansion that reaches no recipient at all resolves as unknown, so SMTP
 * refuses the RCPT instead of accepting mail that would go nowhere.
 */
final class Expansion {

    /** Bounds the work one RCPT can cause, whatever the directory holds. */
    static final int MAX_ADDRESSES = 10_000;

    private final Connection c;
    private final Set<String> visited = new HashSet<>();
    private final Map<Long, Account> accounts = new LinkedHashMap<>();
    private final Map<String, MailAddress> outside = new LinkedHashMap<>();

    Expansion(Connection c) {
        this.c = c;
    }

    Resolution resolve(MailAddress start) throws SQLException {
        Deque<MailAddress> todo = new ArrayDeque<>();
        todo.push(start);
        boolean first = true;
        while (!todo.isEmpty() && visited.size() < MAX_ADDRESSES) {
            MailAddress a = todo.pop();
            if (!visited.add(a.key())) continue;
            List<MailAddress> next = visit(a);
            if (first && next == null) return Resolution.unknown();
            first = false;
            if (next != null) {
                for (int i = next.size() - 1; i >= 0; i--) todo.push(next.get(i));
            }
        }
        if (accounts.isEmpty() && outside.isEmpty()) return Resolution.unknown();
        return new Resolution(true, List.copyOf(accounts.values()), List.copyOf(outside.values()));
    }

    /** Records a final recipient or returns the addresses to expand; null when the address names nothing. */
    private List<MailAddress> visit(MailAddress a) throws SQLException {
        if (Statements.count(c, "SELECT COUNT(*) FROM domains WHERE name = ?", a.domain()) == 0) {
            outside.putIfAbsent(a.key(), a);
            return List.of();
        }
        var account = DirectoryRows.accountByKey(c, a.key());
        if (account.isPresent()) {
            if (account.get().state() == AccountState.DISABLED) return null;
            accounts.putIfAbsent(account.get().id(), account.get());
            return List.of();
        }
        List<String> targets = Statements.list(c, "SELECT t.target FROM alias_targets t JOIN aliases a ON a.id = t.alias_id"
                + " WHERE a.address_key = ? ORDER BY t.position", row -> row.getString(1), a.key());
        if (targets.isEmpty()) {
            targets = Statements.list(c, "SELECT m.member FROM group_members m JOIN mail_groups g ON g.id = m.group_id"
                    + " WHERE g.address_key = ? ORDER BY m.member_key", row -> row.getString(1), a.key());
            if (targets.isEmpty() && Statements.count(c, "SELECT COUNT(*) FROM mail_groups WHERE address_key = ?", a.key()) == 0) {
                return null;
            }
        }
        List<MailAddress> next = new ArrayList<>(targets.size());
        for (String t : targets) next.add(DirectoryRows.address(t));
        return next;
    }
}
