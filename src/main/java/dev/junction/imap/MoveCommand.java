package dev.junction.imap;

import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages;
import dev.junction.store.UidSet;

import java.io.IOException;

/**
 * MOVE and UID MOVE (RFC 6851): copy and expunge in one transaction. With UIDPLUS the
 * {@code COPYUID} goes in an untagged OK before the expunges, which the catch-up after the
 * command reports as EXPUNGE, or VANISHED under QRESYNC. Moving within the mailbox gives the
 * messages new UIDs.
 */
final class MoveCommand implements ImapHandler<MessageCommand.Move> {

    @Override
    public Completion execute(ImapSession session, String tag, MessageCommand.Move command)
            throws IOException, ImapException {
        SelectedMailbox selected = session.selected();
        if (selected.readOnly()) throw ImapException.no(ResponseCode.READ_ONLY, "Mailbox is read-only");
        UidSet uids = selected.uids(command.set(), command.uid());
        Mailbox target = TargetMailbox.find(session, command.mailbox());
        if (uids.isEmpty()) return Completion.ok("No messages moved");
        MailboxMessages.CopyResult result;
        try {
            result = session.context().messages().move(selected.id(), uids, target.id());
        } catch (MailboxException e) {
            throw TargetMailbox.tryCreate();
        }
        if (result.sourceUids().isEmpty()) return Completion.ok("No messages moved");
        selected.changedHere();
        session.write(session.response().untagged().condition(Condition.OK).code(TargetMailbox.copyUid(result))
                .text("Moved UIDs").end());
        return Completion.ok("MOVE completed");
    }
}
