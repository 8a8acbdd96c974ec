package dev.junction.imap;

import dev.junction.auth.SaslPlain;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.imap.protocol.SessionCommand;

import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;

/**
 * AUTHENTICATE (RFC 9051 6.2.2) with PLAIN (RFC 4616), the initial response on the command line
 * (SASL-IR, RFC 4959) or after an empty {@code +} continuation; {@code *} cancels.
 */
final class AuthenticateCommand implements ImapHandler<SessionCommand.Authenticate> {

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Authenticate command)
            throws IOException, ImapException {
        if (!command.mechanism().equalsIgnoreCase("PLAIN")) {
            throw ImapException.no(null, "Unsupported authentication mechanism");
        }
        String response = command.initialResponse();
        if (response == null) {
            session.write(session.response().continuation(""));
            response = session.readLine();
            if (response == null) throw new EOFException("client closed during AUTHENTICATE");
            if (response.equals("*")) throw ImapException.bad(null, "AUTHENTICATE cancelled");
        }
        SaslPlain plain;
        try {
            plain = SaslPlain.parse(response.isEmpty() ? new byte[0] : Base64.getDecoder().decode(response));
        } catch (IllegalArgumentException e) {
            throw ImapException.bad(null, "Invalid PLAIN response");
        }
        if (plain.actsAsAnother()) {
            Arrays.fill(plain.password(), '\0');
            throw ImapException.no(ResponseCode.AUTHORIZATIONFAILED,
                    "Acting as another user is not allowed");
        }
        return PasswordLogin.login(session, plain.login(), plain.password());
    }
}
