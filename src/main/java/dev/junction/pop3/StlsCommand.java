package dev.junction.pop3;

import java.io.IOException;
import java.util.List;

/**
 * STLS (RFC 2595 4). Anything the client sent after the command, before the handshake, is
 * refused and the connection closed: such bytes would otherwise be read as if they came over TLS.
 */
final class StlsCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (!arguments.isEmpty()) throw new Pop3Exception(Pop3Error.SYNTAX);
        if (session.isTls()) throw new Pop3Exception(Pop3Error.TLS_ACTIVE);
        if (!session.context().tlsAvailable()) throw new Pop3Exception(Pop3Error.TLS_UNAVAILABLE);
        session.startTls();
    }
}
