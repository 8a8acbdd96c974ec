package dev.junction.store;

/**
 * A mailbox row.
 *
 * @param specialUse RFC 6154 attribute such as {@code \Sent}, or null
 * @param subscribed whether the account subscribes to this name (RFC 9051 6.3.9)
 * @param selectable false for a name kept as {@code \Noselect} because it has inferiors (RFC 9051 6.3.5)
 */
public record Mailbox(long id, long accountId, String name, String specialUse, long uidValidity, long uidNext,
                      long highestModSeq, boolean subscribed, boolean selectable) {
}
