package dev.junction.delivery.fakes;

import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.directory.Alias;
import dev.junction.directory.Directory;
import dev.junction.directory.Group;
import dev.junction.directory.Resolution;
import dev.junction.mail.MailAddress;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Domains and accounts only, in maps (tests only); aliases and groups are not supported. */
public final class FakeDirectory implements Directory {

    private final Set<String> domains = ConcurrentHashMap.newKeySet();
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public void addDomain(String domain) {
        domains.add(domain.toLowerCase());
    }

    @Override
    public void removeDomain(String domain) {
        domains.remove(domain.toLowerCase());
    }

    @Override
    public List<String> domains() {
        return List.copyOf(domains);
    }

    @Override
    public boolean isLocalDomain(String domain) {
        return domains.contains(domain.toLowerCase());
    }

    @Override
    public Account addAccount(MailAddress address, String displayName, char[] password, long quotaBytes) {
        Account a = new Account(ids.incrementAndGet(), address, displayName, AccountState.ACTIVE, quotaBytes);
        accounts.put(address.key(), a);
        return a;
    }

    @Override
    public Optional<Account> account(MailAddress address) {
        return Optional.ofNullable(accounts.get(address.key()));
    }

    @Override
    public Optional<Account> account(long id) {
        return accounts.values().stream().filter(a -> a.id() == id).findFirst();
    }

    @Override
    public List<Account> accounts(String domain) {
        return accounts.values().stream().filter(a -> domain == null || a.address().domain().equals(domain)).toList();
    }

    @Override
    public void setPassword(MailAddress address, char[] password) {
    }

    @Override
    public void setState(MailAddress address, AccountState state) {
        accounts.computeIfPresent(address.key(), (k, a) -> new Account(a.id(), a.address(), a.displayName(), state, a.quotaBytes()));
    }

    @Override
    public void setQuota(MailAddress address, long quotaBytes) {
        accounts.computeIfPresent(address.key(), (k, a) -> new Account(a.id(), a.address(), a.displayName(), a.state(), quotaBytes));
    }

    @Override
    public void removeAccount(MailAddress address) {
        accounts.remove(address.key());
    }

    @Override
    public Optional<Account> authenticate(String login, char[] password) {
        return Optional.empty();
    }

    @Override
    public void addAlias(MailAddress alias, List<MailAddress> targets) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeAlias(MailAddress alias) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Alias> aliases(String domain) {
        return List.of();
    }

    @Override
    public void addGroup(MailAddress group, String displayName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void addMember(MailAddress group, MailAddress member) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeMember(MailAddress group, MailAddress member) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeGroup(MailAddress group) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Group> groups(String domain) {
        return List.of();
    }

    @Override
    public Resolution resolve(MailAddress address) {
        if (!isLocalDomain(address.domain())) return new Resolution(true, List.of(), List.of(address));
        return account(address).map(a -> new Resolution(true, List.of(a), List.of())).orElse(Resolution.unknown());
    }
}
