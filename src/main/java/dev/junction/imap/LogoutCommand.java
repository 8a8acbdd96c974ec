package dev.junction.imap;

import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.SessionCommand;

import java.io.IOException;

/** LOGOUT (RFC 9051 6.1.3): BYE, the tagged OK, then the connection closes. */
final class LogoutCommand implements ImapHandler<SessionCommand.Logout> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Logout command) throws IOException {
        session.write(session.response().untagged().condition(Condition.BYE).text("Logging out").end());
        session.logout();
        return Completion.ok("LOGOUT completed");
    }
}
