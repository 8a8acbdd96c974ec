package dev.junction.admin;

import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.directory.Alias;
import dev.junction.directory.Directory;
import dev.junction.directory.DirectoryException;
import dev.junction.directory.Group;
import dev.junction.directory.Resolution;
import dev.junction.mail.MailAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** An in-memory directory with the refusals the admin API maps to 409. */
public final class FakeDirectory implements Directory {

    private final List<String> domains = new ArrayList<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, String> passwords = new LinkedHashMap<>();
    private final Map<String, Alias> aliases = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public synchronized void addDomain(String domain) {
        if (domains.contains(domain)) throw new DirectoryException("domain " + domain + " exists");
        domains.add(domain);
    }

    public synchronized void removeDomain(String domain) {
        if (accounts.values().stream().anyMatch(a -> a.address().domain().equals(domain))) {
            throw new DirectoryException("domain " + domain + " still has accounts");
        }
        domains.remove(domain);
    }

    public synchronized List<String> domains() {
        return List.copyOf(domains);
    }

    public synchronized boolean isLocalDomain(String domain) {
        return domains.contains(domain);
    }

    private void checkFree(MailAddress a) {
        if (!domains.contains(a.domain())) throw new DirectoryException(a.domain() + " is not a local domain");
        if (accounts.containsKey(a.key()) || aliases.containsKey(a.key()) || groups.containsKey(a.key())) {
            throw new DirectoryException(a + " exists");
        }
    }

    public synchronized Account addAccount(MailAddress address, String displayName, char[] password, long quotaBytes) {
        checkFree(address);
        Account a = new Account(ids.incrementAndGet(), address, displayName, AccountState.ACTIVE, quotaBytes);
        accounts.put(address.key(), a);
        passwords.put(address.key(), new String(password));
        return a;
    }

    public synchronized Optional<Account> account(MailAddress address) {
        return Optional.ofNullable(accounts.get(address.key()));
    }

    public synchronized Optional<Account> account(long id) {
        return accounts.values().stream().filter(a -> a.id() == id).findFirst();
    }

    public synchronized List<Account> accounts(String domain) {
        return accounts.values().stream().filter(a -> domain == null || a.address().domain().equals(domain)).toList();
    }

    public synchronized void setPassword(MailAddress address, char[] password) {
        passwords.put(address.key(), new String(password));
    }

    public synchronized String password(String address) {
        return passwords.get(address);
    }

    public synchronized void setState(MailAddress address, AccountState state) {
        Account a = accounts.get(address.key());
        accounts.put(address.key(), new Account(a.id(), a.address(), a.displayName(), state, a.quotaBytes()));
    }

    public synchronized void setQuota(MailAddress address, long quotaBytes) {
        Account a = accounts.get(address.key());
        accounts.put(address.key(), new Account(a.id(), a.address(), a.displayName(), a.state(), quotaBytes));
    }

    public synchronized void removeAccount(MailAddress address) {
        accounts.remove(address.key());
    }

    public Optional<Account> authenticate(String login, char[] password) {
        throw new UnsupportedOperationException();
    }

    public synchronized void addAlias(MailAddress alias, List<MailAddress> targets) {
        checkFree(alias);
        aliases.put(alias.key(), new Alias(alias, targets));
    }

    public synchronized void removeAlias(MailAddress alias) {
        aliases.remove(alias.key());
    }

    public synchronized List<Alias> aliases(String domain) {
        return aliases.values().stream().filter(a -> domain == null || a.address().domain().equals(domain)).toList();
    }

    public synchronized void addGroup(MailAddress group, String displayName) {
        checkFree(group);
        groups.put(group.key(), new Group(group, displayName, List.of()));
    }

    public synchronized void addMember(MailAddress group, MailAddress member) {
        Group g = groups.get(group.key());
        if (g.members().contains(member)) throw new DirectoryException(member + " is already a member");
        List<MailAddress> members = new ArrayList<>(g.members());
        members.add(member);
        groups.put(group.key(), new Group(g.address(), g.displayName(), members));
    }

    public synchronized void removeMember(MailAddress group, MailAddress member) {
        Group g = groups.get(group.key());
        groups.put(group.key(), new Group(g.address(), g.displayName(),
                g.members().stream().filter(m -> !m.key().equals(member.key())).toList()));
    }

    public synchronized void removeGroup(MailAddress group) {
        groups.remove(group.key());
    }

    public synchronized List<Group> groups(String domain) {
        return groups.values().stream().filter(g -> domain == null || g.address().domain().equals(domain)).toList();
    }

    public Resolution resolve(MailAddress address) {
        throw new UnsupportedOperationException();
    }
}
