package dev.junction.smtp;

import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.directory.Alias;
import dev.junction.directory.Directory;
import dev.junction.directory.Group;
import dev.junction.directory.Resolution;
import dev.junction.mail.MailAddress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Just enough directory for SMTP tests: domains, accounts with passwords, aliases. */
final class MemoryDirectory implements Directory {

    private final Set<String> domains = new HashSet<>();
    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<String, List<MailAddress>> aliases = new HashMap<>();

    @Override
    public void addDomain(String domain) {
        domains.add(domain.toLowerCase());
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
        Account a = new Account(accounts.size() + 1, address, displayName, AccountState.ACTIVE, quotaBytes);
        accounts.put(address.key(), a);
        passwords.put(address.key(), new String(password));
        return a;
    }

    @Override
    public Optional<Account> account(MailAddress address) {
        return Optional.ofNullable(accounts.get(address.key()));
    }

    @Override
    public void setState(MailAddress address, AccountState state) {
        Account a = accounts.get(address.key());
        accounts.put(address.key(), new Account(a.id(), a.address(), a.displayName(), state, a.quotaBytes()));
    }

    @Override
    public Optional<Account> authenticate(String login, char[] password) {
        MailAddress address;
        try {
            address = MailAddress.parse(login);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Account a = accounts.get(address.key());
        if (a == null || a.state() != AccountState.ACTIVE) return Optional.empty();
        return Arrays.equals(passwords.get(address.key()).toCharArray(), password) ? Optional.of(a) : Optional.empty();
    }

    @Override
    public void addAlias(MailAddress alias, List<MailAddress> targets) {
        aliases.put(alias.key(), List.copyOf(targets));
    }

    @Override
    public List<Alias> aliases(String domain) {
        return aliases.entrySet().stream().filter(e -> e.getKey().endsWith("@" + domain.toLowerCase()))
                .map(e -> new Alias(MailAddress.parse(e.getKey()), e.getValue())).toList();
    }

    @Override
    public Resolution resolve(MailAddress address) {
        if (!isLocalDomain(address.domain())) return new Resolution(true, List.of(), List.of(address));
        List<Account> found = new ArrayList<>();
        List<MailAddress> outside = new ArrayList<>();
        if (aliases.containsKey(address.key())) {
            for (MailAddress t : aliases.get(address.key())) {
                Resolution r = resolve(t);
                found.addAll(r.accounts());
                outside.addAll(r.outside());
            }
            return new Resolution(true, found, outside);
        }
        Account a = accounts.get(address.key());
        return a == null ? Resolution.unknown() : new Resolution(true, List.of(a), List.of());
    }

    // Not used by the SMTP server.
    @Override public void removeDomain(String domain) { throw new UnsupportedOperationException(); }
    @Override public Optional<Account> account(long id) { throw new UnsupportedOperationException(); }
    @Override public List<Account> accounts(String domain) { throw new UnsupportedOperationException(); }
    @Override public void setPassword(MailAddress address, char[] password) { throw new UnsupportedOperationException(); }
    @Override public void setQuota(MailAddress address, long quotaBytes) { throw new UnsupportedOperationException(); }
    @Override public void removeAccount(MailAddress address) { throw new UnsupportedOperationException(); }
    @Override public void removeAlias(MailAddress alias) { throw new UnsupportedOperationException(); }
    @Override public void addGroup(MailAddress group, String displayName) { throw new UnsupportedOperationException(); }
    @Override public void addMember(MailAddress group, MailAddress member) { throw new UnsupportedOperationException(); }
    @Override public void removeMember(MailAddress group, MailAddress member) { throw new UnsupportedOperationException(); }
    @Override public void removeGroup(MailAddress group) { throw new UnsupportedOperationException(); }
    @Override public List<Group> groups(String domain) { throw new UnsupportedOperationException(); }
}
