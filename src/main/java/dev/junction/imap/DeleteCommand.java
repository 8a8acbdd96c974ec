package dev.junction.imap;

import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;

import java.io.IOException;
import java.util.Optional;

/**
 * DELETE (RFC 9051 6.3.5). INBOX cannot be deleted (CANNOT); a mailbox with inferiors stays as a
 * {@code \Noselect} name; deleting such a name while it still has inferiors is HASCHILDREN.
 *
 * <p>Deleting the mailbox this session has selected is allowed. Other sessions that have it
 * selected hear of it through the change feed and end with BYE. This session goes back to the
 * authenticated state with {@code * OK [CLOSED]} before the tagged OK, so its state matches the
 * store and the connection stays usable (Dovecot instead closes the connection after the OK).
 */
final class DeleteCommand implements ImapHandler<MailboxCommand.Delete> {

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.Delete command)
            throws IOException, MailboxException {
        ImapContext ctx = session.context();
        long account = session.account().id();
        Optional<Mailbox> target = ctx.store().mailbox(account, command.mailbox());
        ctx.tree().delete(account, command.mailbox());
        SelectedMailbox selected = session.selected();
        if (selected != null && target.isPresent() && target.get().id() == selected.id()) {
            session.unselect();
            session.write(session.response().untagged().condition(Condition.OK).code(ResponseCode.CLOSED)
                    .text("The selected mailbox was deleted").end());
        }
        return Completion.ok("DELETE completed");
    }
}
