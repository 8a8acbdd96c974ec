package dev.junction.imap;

import dev.junction.imap.protocol.SessionCommand;
import dev.junction.store.MailboxException;
import dev.junction.store.UidSet;

/**
 * CLOSE (RFC 9051 6.4.1): removes the messages marked {@code \Deleted}, without EXPUNGE responses,
 * unless the mailbox was opened with EXAMINE, then leaves it.
 */
final class CloseCommand implements ImapHandler<SessionCommand.Close> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Close command) throws MailboxException {
        SelectedMailbox selected = session.selected();
        if (!selected.readOnly()) {
            session.context().messages().expunge(selected.id(), UidSet.ALL, true);
        }
        session.unselect();
        return Completion.ok("CLOSE completed");
    }
}
