package dev.junction.queue;

import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;

import java.time.Instant;

/**
 * One recipient row of a queue entry.
 *
 * @param id            spool-wide unique id; also part of the delivery key
 * @param attempts      delivery attempts made so far
 * @param nextAttempt   when the queue manager tries again (PENDING only)
 * @param lastReply     the last reply or error text, for the queue listing and DSNs
 * @param delayNotified a delay DSN has been sent for this recipient
 */
public record QueuedRecipient(long id, MailAddress address, Recipient original, RecipientState state, int attempts,
                              Instant nextAttempt, String lastReply, boolean delayNotified) {
}
