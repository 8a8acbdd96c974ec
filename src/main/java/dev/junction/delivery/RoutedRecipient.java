package dev.junction.delivery;

import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;
import dev.junction.routing.Route;

/**
 * A pending recipient with its route.
 *
 * @param id       the spool's recipient id (part of the local delivery key)
 * @param address  final recipient
 * @param original the RCPT it came from (NOTIFY, ORCPT)
 */
public record RoutedRecipient(long id, MailAddress address, Recipient original, Route route) {
}
