package dev.junction.imap;

import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.SessionCommand;

import java.io.IOException;

/** CAPABILITY (RFC 9051 6.1.1): what this connection offers now, see {@link Capabilities}. */
final class CapabilityCommand implements ImapHandler<SessionCommand.Capability> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Capability command) throws IOException {
        ResponseBuilder r = session.response().untagged().atom("CAPABILITY");
        session.capabilities().forEach(r::atom);
        session.write(r.end());
        return Completion.ok("CAPABILITY completed");
    }
}
