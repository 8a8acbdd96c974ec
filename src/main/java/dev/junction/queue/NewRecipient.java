package dev.junction.queue;

import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;

/**
 * A final recipient to enqueue.
 *
 * @param address  where the message goes after expansion
 * @param original the RCPT it came from (its ORCPT and NOTIFY apply to this recipient)
 */
public record NewRecipient(MailAddress address, Recipient original) {
}
