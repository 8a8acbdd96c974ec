package dev.junction.directory;

import dev.junction.mail.MailAddress;

import java.util.List;
import java.util.Optional;

/**
 * Domains, accounts, aliases and groups (ARCHITECTURE.md, Directory). Addresses are compared
 * case-insensitively. Methods that change the directory throw {@link DirectoryException} with a
 * message fit for an administrator when the change is not possible.
 */
public interface Directory {

    // Domains
    void addDomain(String domain);

    /** Refused while accounts, aliases or groups of the domain exist. */
    void removeDomain(String domain);

    List<String> domains();

    boolean isLocalDomain(String domain);

    // Accounts
    /** Adds an account with the given password (hashed here, never stored in clear). */
    Account addAccount(MailAddress address, String displayName, char[] password, long quotaBytes);

    Optional<Account> account(MailAddress address);

    Optional<Account> account(long id);

    /** All accounts, or those of one domain when domain is not null. */
    List<Account> accounts(String domain);

    void setPassword(MailAddress address, char[] password);

    void setState(MailAddress address, AccountState state);

    void setQuota(MailAddress address, long quotaBytes);

    void removeAccount(MailAddress address);

    /**
     * Checks a login name (full address) and password. Returns the account only when it exists,
     * is {@link AccountState#ACTIVE} and the password matches.
     */
    Optional<Account> authenticate(String login, char[] password);

    // Aliases: an address that forwards to one or more addresses (local or outside).
    void addAlias(MailAddress alias, List<MailAddress> targets);

    void removeAlias(MailAddress alias);

    List<Alias> aliases(String domain);

    // Groups: an address whose members each receive the message.
    void addGroup(MailAddress group, String displayName);

    void addMember(MailAddress group, MailAddress member);

    void removeMember(MailAddress group, MailAddress member);

    void removeGroup(MailAddress group);

    List<Group> groups(String domain);

    /**
     * Expands an address through aliases and groups (recursively, loops cut) to its final
     * recipients: local accounts and outside addresses. An address in a local domain that is no
     * account, alias or group resolves to {@link Resolution#unknown()}; an address outside our
     * domains resolves to itself as an outside address.
     */
    Resolution resolve(MailAddress address);
}
