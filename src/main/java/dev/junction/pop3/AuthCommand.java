package dev.junction.pop3;

import dev.junction.auth.SaslPlain;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * AUTH (RFC 5034) with the PLAIN mechanism (RFC 4616), as an initial response on the command line
 * or after a "+ " continuation; "*" aborts. AUTH without a mechanism lists the mechanisms, as
 * clients of the older RFC 1734 ask.
 */
final class AuthCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (arguments.isEmpty()) {
            session.ok("");
            session.line("PLAIN");
            session.line(".");
            return;
        }
        if (arguments.size() > 2) throw new Pop3Exception(Pop3Error.SYNTAX);
        if (!arguments.getFirst().toUpperCase(Locale.ROOT).equals("PLAIN")) {
            throw new Pop3Exception(Pop3Error.UNKNOWN_MECHANISM);
        }
        String response = arguments.size() == 2 ? arguments.get(1) : continuation(session);
        SaslPlain plain;
        try {
            plain = SaslPlain.parse(decode(response));
        } catch (IllegalArgumentException e) {
            throw new Pop3Exception(Pop3Error.SYNTAX);
        }
        if (plain.actsAsAnother()) {
            Arrays.fill(plain.password(), '\0');
            throw new Pop3Exception(Pop3Error.AUTH_FAILED);
        }
        session.login(plain.login(), plain.password());
    }

    private static String continuation(Pop3Session session) throws IOException, Pop3Exception {
        session.line("+ ");
        String response = session.readLine();
        if (response.equals("*")) throw new Pop3Exception(Pop3Error.AUTH_ABORTED);
        return response;
    }

    /** RFC 5034 4: "=" is an empty initial response. */
    private static byte[] decode(String base64) throws Pop3Exception {
        if (base64.equals("=")) return new byte[0];
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new Pop3Exception(Pop3Error.BAD_BASE64);
        }
    }
}
