package dev.junction.store;

/**
 * A mailbox row.
 *
 * @param specialUse RFC 6154 attribute such as {@code \Sent}, or null
 */
public record Mailbox(long id, long accountId, String name, String specialUse, long uidValidity, long uidNext,
                      long highestModSeq, boolean subscribed) {
}
