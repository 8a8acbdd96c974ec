package dev.junction.pop3;

import java.io.IOException;
import java.util.List;

/** USER name (RFC 1939 7): remembered for the PASS that must follow. */
final class UserCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (arguments.size() != 1 || arguments.getFirst().isEmpty()) throw new Pop3Exception(Pop3Error.SYNTAX);
        session.user(arguments.getFirst());
        session.ok("");
    }
}
