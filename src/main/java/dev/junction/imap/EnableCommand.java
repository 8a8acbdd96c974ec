package dev.junction.imap;

import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.SessionCommand;

import java.io.IOException;

/**
 * ENABLE (RFC 5161) for IMAP4rev2, UTF8=ACCEPT (RFC 6855), CONDSTORE and QRESYNC (RFC 7162).
 * The ENABLED response lists only what this command newly turned on; unknown names are ignored.
 */
final class EnableCommand implements ImapHandler<SessionCommand.Enable> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Enable command) throws IOException {
        ResponseBuilder r = session.response().untagged().atom("ENABLED");
        for (String capability : command.capabilities()) {
            switch (capability) {
                case "IMAP4REV2" -> {
                    if (!session.rev2()) r.atom("IMAP4rev2");
                    session.enableRev2();
                }
                case "UTF8=ACCEPT" -> {
                    if (!session.utf8()) r.atom("UTF8=ACCEPT");
                    session.enableUtf8();
                }
                case "CONDSTORE" -> {
                    if (!session.condstore()) r.atom("CONDSTORE");
                    session.enableCondstore();
                }
                case "QRESYNC" -> {
                    if (!session.qresync()) r.atom("QRESYNC");
                    session.enableQresync();
                }
                default -> {
                    // RFC 5161 3.1: extensions the server does not know are not enabled, silently.
                }
            }
        }
        session.write(r.end());
        return Completion.ok("ENABLE completed");
    }
}
