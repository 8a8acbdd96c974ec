package dev.junction.imap;

import dev.junction.imap.protocol.SessionCommand;

import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * ID (RFC 2971): names the server; what the client says about itself goes to the log, which
 * helps when one client misbehaves.
 */
final class IdCommand implements ImapHandler<SessionCommand.Id> {

    private static final Logger LOG = Logger.getLogger("junction.imap");

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Id command) throws java.io.IOException {
        if (!command.parameters().isEmpty()) {
            String said = command.parameters().entrySet().stream().limit(10)
                    .map(e -> e.getKey() + "=" + printable(e.getValue())).collect(Collectors.joining(" "));
            LOG.info(() -> "session " + session.id() + ": client id " + said);
        }
        session.write(session.response().untagged().atom("ID").open()
                .string("name").string("Junction").string("vendor").string("Junction").close().end());
        return Completion.ok("ID completed");
    }

    private static String printable(String value) {
        if (value == null) return "NIL";
        String v = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return v.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
