package dev.junction.pop3;

import java.io.IOException;
import java.util.List;

/** NOOP (RFC 1939 5). */
final class NoopCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (!arguments.isEmpty()) throw new Pop3Exception(Pop3Error.SYNTAX);
        session.ok("");
    }
}
