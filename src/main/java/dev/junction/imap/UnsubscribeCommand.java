package dev.junction.imap;

import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.store.MailboxName;

/**
 * UNSUBSCRIBE (RFC 9051 6.3.8), for any name, existing or not. A name that was not subscribed is
 * no error (as in Dovecot): the client's intent, not being subscribed, holds.
 */
final class UnsubscribeCommand implements ImapHandler<MailboxCommand.Unsubscribe> {

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.Unsubscribe command) {
        String name = command.mailbox();
        // SUBSCRIBE stored "foo/" as "foo" (a trailing delimiter only declares inferiors).
        if (name.length() > 1 && name.charAt(name.length() - 1) == MailboxName.DELIMITER) {
            name = name.substring(0, name.length() - 1);
        }
        session.context().tree().unsubscribe(session.account().id(), name);
        return Completion.ok("UNSUBSCRIBE completed");
    }
}
