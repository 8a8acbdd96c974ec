package dev.junction.store;

import java.util.List;
import java.util.Set;

/**
 * An account's mailbox hierarchy (RFC 9051 6.3): names separated by {@link MailboxName#DELIMITER},
 * subscriptions, and the attributes LIST reports. Every change is one transaction.
 */
public interface MailboxTree {

    /**
     * Creates a mailbox with a fresh UIDVALIDITY, and any superior names it needs (RFC 9051 6.3.4).
     * Creating over a {@code \Noselect} name makes it a real mailbox again, with a new UIDVALIDITY.
     *
     * @param specialUse an RFC 6154 attribute ({@code \Sent}, ...) or null
     * @throws MailboxException ALREADYEXISTS, CANNOT (bad name), USEATTR
     */
    Mailbox create(long accountId, String name, String specialUse) throws MailboxException;

    /**
     * Deletes a mailbox and its messages (their bytes leave the quota). A mailbox with inferiors
     * stays as a {@code \Noselect} name; a {@code \Noselect} name that still has inferiors is refused
     * (HASCHILDREN); INBOX is refused (CANNOT). {@code \Noselect} superiors left without inferiors go too.
     */
    void delete(long accountId, String name) throws MailboxException;

    /**
     * Renames a mailbox with all its inferiors, keeping UIDVALIDITY and UIDs; subscriptions follow.
     * Renaming INBOX moves its messages into a new mailbox and leaves INBOX empty; its inferiors
     * stay (RFC 9051 6.3.6).
     *
     * @throws MailboxException NONEXISTENT, ALREADYEXISTS, CANNOT (into itself)
     */
    void rename(long accountId, String from, String to) throws MailboxException;

    /** Subscribes to a name, existing or not; subscribing twice is no change. */
    void subscribe(long accountId, String name) throws MailboxException;

    /** @return false when the name was not subscribed */
    boolean unsubscribe(long accountId, String name);

    /**
     * Every mailbox of the account and every subscribed name that is not a mailbox, sorted by
     * name. The protocol layer matches LIST patterns and selection options against this.
     */
    List<Listing> list(long accountId);

    /**
     * One LIST line's worth.
     *
     * @param attributes {@code \HasChildren} or {@code \HasNoChildren}, {@code \Noselect},
     *                   {@code \NonExistent} (a subscribed name only), {@code \Subscribed}, the special use
     * @param mailbox    the mailbox row, null for {@code \NonExistent}
     */
    record Listing(String name, Set<String> attributes, Mailbox mailbox) {
    }
}
