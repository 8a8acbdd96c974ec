package dev.junction.imap;

import dev.junction.imap.protocol.SessionCommand;

/** UNSELECT (RFC 3691, RFC 9051 6.4.2): leaves the mailbox without expunging anything. */
final class UnselectCommand implements ImapHandler<SessionCommand.Unselect> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Unselect command) {
        session.unselect();
        return Completion.ok("UNSELECT completed");
    }
}
