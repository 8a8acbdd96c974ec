package dev.junction.directory.sql;

import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.directory.Alias;
import dev.junction.directory.Directory;
import dev.junction.directory.DirectoryException;
import dev.junction.directory.Group;
import dev.junction.directory.PasswordHasher;
import dev.junction.directory.Resolution;
import dev.junction.mail.MailAddress;
import dev.junction.sql.Database;
import dev.junction.sql.SqlWork;
import dev.junction.sql.Statements;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The directory in the metadata database. Addresses are keyed by {@link MailAddress#key()};
 * an address is an account, an alias or a group, never two of them. Password hashing runs
 * outside the write transaction so a slow hash never holds the SQLite writer lock.
 */
public final class SqlDirectory implements Directory {

    private final Database db;
    private final PasswordHasher hasher = new PasswordHasher();
    /** Verified against when the login is unknown, so both answers take the same time. */
    private final String decoyHash;

    public SqlDirectory(Database db) {
        this.db = db;
        this.decoyHash = hasher.hash("decoy".toCharArray());
    }

    @Override
    public void addDomain(String domain) {
        String name = normaliseDomain(domain);
        write(c -> {
            if (Statements.count(c, "SELECT COUNT(*) FROM domains WHERE name = ?", name) > 0) {
                throw new DirectoryException("domain " + name + " already exists");
            }
            return Statements.update(c, "INSERT INTO domains (name) VALUES (?)", name);
        });
    }

    @Override
    public void removeDomain(String domain) {
        String name = normaliseDomain(domain);
        write(c -> {
            long id = DirectoryRows.domainId(c, name);
            long used = Statements.count(c, "SELECT (SELECT COUNT(*) FROM accounts WHERE domain_id = ?)"
                    + " + (SELECT COUNT(*) FROM aliases WHERE domain_id = ?)"
                    + " + (SELECT COUNT(*) FROM mail_groups WHERE domain_id = ?)", id, id, id);
            if (used > 0) throw new DirectoryException("domain " + name + " still has " + used + " accounts, aliases or groups");
            return Statements.update(c, "DELETE FROM domains WHERE id = ?", id);
        });
    }

    @Override
    public List<String> domains() {
        return db.read(c -> Statements.list(c, "SELECT name FROM domains ORDER BY name", row -> row.getString(1)));
    }

    @Override
    public boolean isLocalDomain(String domain) {
        String name = domain.toLowerCase(Locale.ROOT);
        return db.read(c -> Statements.count(c, "SELECT COUNT(*) FROM domains WHERE name = ?", name) > 0);
    }

    @Override
    public Account addAccount(MailAddress address, String displayName, char[] password, long quotaBytes) {
        if (quotaBytes < 0) throw new DirectoryException("quota must not be negative");
        String hash = hasher.hash(password);
        return write(c -> {
            long domainId = DirectoryRows.domainId(c, address.domain());
            DirectoryRows.requireFree(c, address);
            long id = Statements.insert(c, "INSERT INTO accounts (address_key, address, domain_id, display_name, password_hash,"
                    + " state, quota_bytes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", address.key(), address.toString(),
                    domainId, displayName == null ? "" : displayName, hash, AccountState.ACTIVE.name(), quotaBytes);
            return new Account(id, address, displayName == null ? "" : displayName, AccountState.ACTIVE, quotaBytes);
        });
    }

    @Override
    public Optional<Account> account(MailAddress address) {
        return db.read(c -> DirectoryRows.accountByKey(c, address.key()));
    }

    @Override
    public Optional<Account> account(long id) {
        return db.read(c -> Statements.first(c, "SELECT " + DirectoryRows.ACCOUNT_COLUMNS + " FROM accounts WHERE id = ?",
                DirectoryRows::account, id));
    }

    @Override
    public List<Account> accounts(String domain) {
        String sql = "SELECT " + DirectoryRows.ACCOUNT_COLUMNS + " FROM accounts";
        if (domain == null) return db.read(c -> Statements.list(c, sql + " ORDER BY address_key", DirectoryRows::account));
        return db.read(c -> Statements.list(c, sql + " WHERE domain_id = (SELECT id FROM domains WHERE name = ?)"
                + " ORDER BY address_key", DirectoryRows::account, domain.toLowerCase(Locale.ROOT)));
    }

    @Override
    public void setPassword(MailAddress address, char[] password) {
        String hash = hasher.hash(password);
        changeAccount(address, "password_hash = ?", hash);
    }

    @Override
    public void setState(MailAddress address, AccountState state) {
        changeAccount(address, "state = ?", state.name());
    }

    @Override
    public void setQuota(MailAddress address, long quotaBytes) {
        if (quotaBytes < 0) throw new DirectoryException("quota must not be negative");
        changeAccount(address, "quota_bytes = ?", quotaBytes);
    }

    private void changeAccount(MailAddress address, String assignment, Object value) {
        change("account " + address, "UPDATE accounts SET " + assignment + " WHERE address_key = ?", value, address.key());
    }

    @Override
    public void removeAccount(MailAddress address) {
        change("account " + address, "DELETE FROM accounts WHERE address_key = ?", address.key());
    }

    @Override
    public Optional<Account> authenticate(String login, char[] password) {
        MailAddress address;
        try {
            address = MailAddress.parse(login);
        } catch (IllegalArgumentException e) {
            hasher.verify(password, decoyHash);
            return Optional.empty();
        }
        record Row(Account account, String hash) {
        }
        Optional<Row> row = db.read(c -> Statements.first(c, "SELECT " + DirectoryRows.ACCOUNT_COLUMNS
                + ", password_hash FROM accounts WHERE address_key = ?",
                r -> new Row(DirectoryRows.account(r), r.getString("password_hash")), address.key()));
        boolean match = hasher.verify(password, row.map(Row::hash).orElse(decoyHash));
        if (!match || row.isEmpty() || row.get().account().state() != AccountState.ACTIVE) return Optional.empty();
        return Optional.of(row.get().account());
    }

    @Override
    public void addAlias(MailAddress alias, List<MailAddress> targets) {
        if (targets.isEmpty()) throw new DirectoryException("alias " + alias + " needs at least one target");
        write(c -> {
            long domainId = DirectoryRows.domainId(c, alias.domain());
            DirectoryRows.requireFree(c, alias);
            long id = Statements.insert(c, "INSERT INTO aliases (address_key, address, domain_id) VALUES (?, ?, ?) RETURNING id",
                    alias.key(), alias.toString(), domainId);
            for (int i = 0; i < targets.size(); i++) {
                Statements.update(c, "INSERT INTO alias_targets (alias_id, position, target) VALUES (?, ?, ?)",
                        id, i, targets.get(i).toString());
            }
            return id;
        });
    }

    @Override
    public void removeAlias(MailAddress alias) {
        change("alias " + alias, "DELETE FROM aliases WHERE address_key = ?", alias.key());
    }

    @Override
    public List<Alias> aliases(String domain) {
        String where = domain == null ? "" : " WHERE a.domain_id = (SELECT id FROM domains WHERE name = ?)";
        Object[] args = domain == null ? new Object[0] : new Object[] {domain.toLowerCase(Locale.ROOT)};
        record Row(String alias, String target) {
        }
        List<Row> rows = db.read(c -> Statements.list(c, "SELECT a.address, t.target FROM aliases a"
                + " JOIN alias_targets t ON t.alias_id = a.id" + where + " ORDER BY a.address_key, t.position",
                r -> new Row(r.getString(1), r.getString(2)), args));
        Map<String, List<MailAddress>> byAlias = new LinkedHashMap<>();
        for (Row r : rows) byAlias.computeIfAbsent(r.alias(), k -> new ArrayList<>()).add(DirectoryRows.address(r.target()));
        List<Alias> out = new ArrayList<>();
        byAlias.forEach((a, t) -> out.add(new Alias(DirectoryRows.address(a), List.copyOf(t))));
        return out;
    }

    @Override
    public void addGroup(MailAddress group, String displayName) {
        write(c -> {
            long domainId = DirectoryRows.domainId(c, group.domain());
            DirectoryRows.requireFree(c, group);
            return Statements.update(c, "INSERT INTO mail_groups (address_key, address, domain_id, display_name) VALUES (?, ?, ?, ?)",
                    group.key(), group.toString(), domainId, displayName == null ? "" : displayName);
        });
    }

    @Override
    public void addMember(MailAddress group, MailAddress member) {
        write(c -> Statements.update(c, "INSERT INTO group_members (group_id, member_key, member) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", DirectoryRows.groupId(c, group), member.key(), member.toString()));
    }

    @Override
    public void removeMember(MailAddress group, MailAddress member) {
        write(c -> {
            int n = Statements.update(c, "DELETE FROM group_members WHERE group_id = ? AND member_key = ?",
                    DirectoryRows.groupId(c, group), member.key());
            DirectoryRows.requireChanged(n, "member " + member + " in group " + group);
            return n;
        });
    }

    @Override
    public void removeGroup(MailAddress group) {
        change("group " + group, "DELETE FROM mail_groups WHERE address_key = ?", group.key());
    }

    @Override
    public List<Group> groups(String domain) {
        return db.read(c -> new GroupListing(c).list(domain));
    }

    @Override
    public Resolution resolve(MailAddress address) {
        return db.read(c -> new Expansion(c).resolve(address));
    }

    /** One statement that must touch a row; none means {@code what} does not exist. */
    private void change(String what, String sql, Object... args) {
        write(c -> {
            int n = Statements.update(c, sql, args);
            DirectoryRows.requireChanged(n, what);
            return n;
        });
    }

    /** A write whose unique-key race with another node surfaces as the same refusal as the check. */
    private <T> T write(SqlWork<T, RuntimeException> work) {
        return db.write(c -> {
            try {
                return work.run(c);
            } catch (SQLException e) {
                if (db.dialect().isUniqueViolation(e)) throw new DirectoryException("already exists");
                throw e;
            }
        });
    }

    private static String normaliseDomain(String domain) {
        String name = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT);
        try {
            return MailAddress.parse("postmaster@" + name).domain();
        } catch (IllegalArgumentException e) {
            throw new DirectoryException("'" + domain + "' is not a domain name");
        }
    }
}
