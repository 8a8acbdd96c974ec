package dev.junction.imap;

import dev.junction.imap.protocol.SessionCommand;

import java.io.IOException;

/** STARTTLS (RFC 9051 6.2.1): the handshake follows the tagged OK; the client must ask CAPABILITY again. */
final class StartTlsCommand implements ImapHandler<SessionCommand.StartTls> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.StartTls command)
            throws IOException, ImapException {
        if (session.isTls()) throw ImapException.bad(null, "TLS is already active");
        if (!session.context().tlsAvailable()) throw ImapException.no(null, "TLS is not available");
        session.startTls(tag);
        return null;
    }
}
