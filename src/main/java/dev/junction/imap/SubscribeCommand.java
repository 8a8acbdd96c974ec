package dev.junction.imap;

import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxName;

/**
 * SUBSCRIBE (RFC 9051 6.3.7). RFC 9051 lets the server check that the mailbox exists; Junction
 * does, as Dovecot does, so a typo does not become a subscription (a {@code \Noselect} name counts).
 * A name stays subscribed when its mailbox is deleted later, and LIST shows it {@code \NonExistent}.
 */
final class SubscribeCommand implements ImapHandler<MailboxCommand.Subscribe> {

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.Subscribe command)
            throws ImapException, MailboxException {
        ImapContext ctx = session.context();
        long account = session.account().id();
        String name = MailboxName.validate(command.mailbox());
        if (ctx.store().mailbox(account, name).isEmpty()) {
            throw ImapException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist");
        }
        ctx.tree().subscribe(account, name);
        return Completion.ok("SUBSCRIBE completed");
    }
}
