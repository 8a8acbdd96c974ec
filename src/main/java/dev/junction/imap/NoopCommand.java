package dev.junction.imap;

import dev.junction.imap.protocol.SessionCommand;

/** NOOP (RFC 9051 6.1.2): does nothing, so the session reports what changed in the selected mailbox. */
final class NoopCommand implements ImapHandler<SessionCommand.Noop> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Noop command) {
        return Completion.ok("NOOP completed");
    }
}
