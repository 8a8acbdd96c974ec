package dev.junction.imap;

import dev.junction.imap.protocol.SessionCommand;
import dev.junction.store.MailboxName;

import java.io.IOException;

/** NAMESPACE (RFC 2342): one personal namespace with no prefix; no shared or other users' mailboxes yet. */
final class NamespaceCommand implements ImapHandler<SessionCommand.Namespace> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Namespace command) throws IOException {
        session.write(session.response().untagged().atom("NAMESPACE").open().open().string("")
                .string(String.valueOf(MailboxName.DELIMITER)).close().close().nil().nil().end());
        return Completion.ok("NAMESPACE completed");
    }
}
