package dev.junction.pop3;

import dev.junction.store.MailboxException;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * QUIT (RFC 1939 6). In TRANSACTION state it is the UPDATE state: the messages marked deleted are
 * expunged in one store transaction; if that fails none are, and the client hears -ERR. The
 * session then ends, releasing the maildrop lock.
 */
final class QuitCommand implements Pop3Command {

    private static final Logger LOG = Logger.getLogger("junction.pop3");

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (!arguments.isEmpty()) throw new Pop3Exception(Pop3Error.SYNTAX);
        if (session.state() == Pop3State.TRANSACTION) {
            try {
                session.maildrop().update(session.context().messages());
            } catch (MailboxException | RuntimeException e) {
                LOG.log(Level.WARNING, "session " + session.id() + ": UPDATE failed", e);
                session.line("-ERR [SYS/TEMP] Deleted messages not removed");
                session.close();
                return;
            }
        }
        session.quit();
        session.ok(session.context().hostname() + " closing connection");
    }
}
