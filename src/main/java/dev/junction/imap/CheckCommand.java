package dev.junction.imap;

import dev.junction.imap.protocol.SessionCommand;

/**
 * CHECK (RFC 3501 6.4.1; gone from IMAP4rev2, kept for older clients): every change is already
 * durable when its command completes, so CHECK is a NOOP.
 */
final class CheckCommand implements ImapHandler<SessionCommand.Check> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Check command) {
        return Completion.ok("CHECK completed");
    }
}
