package dev.junction.pop3;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
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
        byte[] raw = decode(response);
        try {
            int first = indexOf(raw, 0);
            int second = first < 0 ? -1 : indexOf(raw, first + 1);
            if (second < 0 || indexOf(raw, second + 1) >= 0) throw new Pop3Exception(Pop3Error.SYNTAX);
            String authzid = new String(chars(Arrays.copyOfRange(raw, 0, first)));
            String login = new String(chars(Arrays.copyOfRange(raw, first + 1, second)));
            // Logging in as someone else (an authzid other than the login) is not supported.
            if (!authzid.isEmpty() && !authzid.equals(login)) throw new Pop3Exception(Pop3Error.AUTH_FAILED);
            session.login(login, chars(Arrays.copyOfRange(raw, second + 1, raw.length)));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
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

    private static int indexOf(byte[] raw, int from) {
        for (int i = from; i < raw.length; i++) {
            if (raw[i] == 0) return i;
        }
        return -1;
    }

    private static char[] chars(byte[] utf8) throws Pop3Exception {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8));
            char[] out = Arrays.copyOf(cb.array(), cb.limit());
            Arrays.fill(cb.array(), '\0');
            return out;
        } catch (CharacterCodingException e) {
            throw new Pop3Exception(Pop3Error.SYNTAX);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }
}
