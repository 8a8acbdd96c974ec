package dev.junction.pop3;

import java.io.IOException;
import java.util.List;

/**
 * CAPA (RFC 2449). USER and SASL are listed only where a login would be accepted, STLS only
 * before login on a connection without TLS.
 */
final class CapaCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (!arguments.isEmpty()) throw new Pop3Exception(Pop3Error.SYNTAX);
        Pop3Context ctx = session.context();
        boolean authorization = session.state() == Pop3State.AUTHORIZATION;
        session.ok("Capability list follows");
        session.line("TOP");
        session.line("UIDL");
        session.line("RESP-CODES");
        session.line("AUTH-RESP-CODE");
        session.line("PIPELINING");
        if (authorization && (session.isTls() || ctx.allowPlaintextAuth())) {
            session.line("USER");
            session.line("SASL PLAIN");
        }
        if (authorization && !session.isTls() && ctx.tlsAvailable()) session.line("STLS");
        session.line("IMPLEMENTATION Junction");
        session.line(".");
    }
}
