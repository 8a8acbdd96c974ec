package dev.junction.pop3;

import java.io.IOException;
import java.util.List;

/**
 * PASS string (RFC 1939 7) after USER. The rest of the line is the password, spaces included,
 * as RFC 1939 allows. A failure needs a new USER.
 */
final class PassCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        String user = session.user();
        if (user == null) throw new Pop3Exception(Pop3Error.NO_USER);
        session.user(null);
        String password = String.join(" ", arguments);
        if (password.isEmpty()) throw new Pop3Exception(Pop3Error.SYNTAX);
        session.login(user, password.toCharArray());
    }
}
