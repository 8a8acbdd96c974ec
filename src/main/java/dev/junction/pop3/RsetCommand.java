package dev.junction.pop3;

import java.io.IOException;
import java.util.List;

/** RSET (RFC 1939 5): unmarks every message marked deleted in this session. */
final class RsetCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (!arguments.isEmpty()) throw new Pop3Exception(Pop3Error.SYNTAX);
        session.maildrop().reset();
        session.ok("maildrop has " + session.maildrop().live().size() + " messages");
    }
}
