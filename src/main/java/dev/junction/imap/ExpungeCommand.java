package dev.junction.imap;

import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages;
import dev.junction.store.UidSet;

/**
 * EXPUNGE (RFC 9051 6.4.3) and UID EXPUNGE (RFC 4315 2.1): removes the messages marked
 * {@code \Deleted}, all of them or those in the UID set. The catch-up after the command reports
 * them (EXPUNGE, or VANISHED and then HIGHESTMODSEQ under QRESYNC, RFC 7162 3.2.7).
 */
final class ExpungeCommand implements ImapHandler<MessageCommand.Expunge> {

    @Override
    public Completion execute(ImapSession session, String tag, MessageCommand.Expunge command)
            throws ImapException, MailboxException {
        SelectedMailbox selected = session.selected();
        if (selected.readOnly()) throw ImapException.no(ResponseCode.READ_ONLY, "Mailbox is read-only");
        UidSet uids = command.uids() == null ? UidSet.ALL : selected.uids(command.uids(), true);
        if (uids.isEmpty()) return Completion.ok("EXPUNGE completed");
        MailboxMessages.Expunged expunged = session.context().messages().expunge(selected.id(), uids, true);
        if (!expunged.uids().isEmpty()) selected.changedHere();
        return Completion.ok("EXPUNGE completed");
    }
}
