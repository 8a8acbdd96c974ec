package dev.junction.imap;

import dev.junction.imap.protocol.SessionCommand;

/** LOGIN (RFC 9051 6.2.3): a login name (the full address) and password; refused without TLS by default. */
final class LoginCommand implements ImapHandler<SessionCommand.Login> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Login command) throws ImapException {
        return PasswordLogin.login(session, command.user(), command.password().toCharArray());
    }
}
