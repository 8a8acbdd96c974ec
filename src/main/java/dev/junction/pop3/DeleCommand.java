package dev.junction.pop3;

import java.io.IOException;
import java.util.List;

/** DELE msg (RFC 1939 5): marks the message; QUIT removes it, RSET unmarks it. */
final class DeleCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (arguments.size() != 1) throw new Pop3Exception(Pop3Error.SYNTAX);
        session.maildrop().delete(arguments.getFirst());
        session.ok("message " + arguments.getFirst() + " deleted");
    }
}
