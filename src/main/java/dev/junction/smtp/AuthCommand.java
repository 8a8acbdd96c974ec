package dev.junction.smtp;

import dev.junction.auth.AuthThrottle;
import dev.junction.auth.SaslPlain;
import dev.junction.directory.Account;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * AUTH (RFC 4954) with the PLAIN (RFC 4616) and LOGIN mechanisms. Passwords are kept in char
 * arrays and wiped after the directory has checked them. Too many failures end the session;
 * across sessions the node's {@link AuthThrottle} delays and then refuses a guessing client.
 */
final class AuthCommand implements SmtpCommand {

    private record Credentials(String login, char[] password) {
    }

    @Override
    public void execute(SmtpSession session, String argument) throws IOException, SmtpException {
        if (session.account() != null) throw new SmtpException(SmtpError.BAD_SEQUENCE, "Already authenticated");
        String[] words = argument.split(" ", -1);
        if (argument.isEmpty() || words.length > 2) throw new SmtpException(SmtpError.SYNTAX);
        String initial = words.length == 2 ? words[1] : null;
        Credentials credentials = switch (words[0].toUpperCase(Locale.ROOT)) {
            case "PLAIN" -> plain(session, initial);
            case "LOGIN" -> login(session, initial);
            default -> throw new SmtpException(SmtpError.UNKNOWN_MECHANISM);
        };
        AuthThrottle throttle = session.context().throttle();
        Optional<Account> account;
        try {
            if (!throttle.admit(session.client(), credentials.login())) throw new SmtpException(SmtpError.AUTH_THROTTLED);
            account = session.context().directory().authenticate(credentials.login(), credentials.password());
        } finally {
            Arrays.fill(credentials.password(), '\0');
        }
        if (account.isEmpty()) {
            throttle.failed(session.client(), credentials.login());
            throw new SmtpException(session.authFailed() ? SmtpError.TOO_MANY_AUTH_FAILURES : SmtpError.AUTH_FAILED);
        }
        throttle.succeeded(session.client(), credentials.login());
        session.authenticated(account.get());
        session.reply(SmtpReply.of(235, "2.7.0", "Authentication successful"));
    }

    /** authzid NUL authcid NUL password; an authzid other than the login is not supported. */
    private static Credentials plain(SmtpSession session, String initial) throws IOException, SmtpException {
        SaslPlain plain;
        try {
            plain = SaslPlain.parse(decode(initial != null ? initial : challenge(session, "")));
        } catch (IllegalArgumentException e) {
            throw new SmtpException(SmtpError.SYNTAX);
        }
        if (plain.actsAsAnother()) {
            Arrays.fill(plain.password(), '\0');
            throw new SmtpException(SmtpError.AUTH_FAILED);
        }
        return new Credentials(plain.login(), plain.password());
    }

    private static Credentials login(SmtpSession session, String initial) throws IOException, SmtpException {
        String login = text(decode(initial != null ? initial : challenge(session, "VXNlcm5hbWU6")));
        byte[] password = decode(challenge(session, "UGFzc3dvcmQ6"));
        try {
            return new Credentials(login, chars(password));
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static String challenge(SmtpSession session, String text) throws IOException, SmtpException {
        session.reply(new SmtpReply(334, null, List.of(text)));
        String response = session.readLine();
        if (response.equals("*")) throw new SmtpException(SmtpError.AUTH_ABORTED);
        return response;
    }

    /** RFC 4954 4: "=" is an empty initial response. */
    private static byte[] decode(String base64) throws SmtpException {
        if (base64.equals("=")) return new byte[0];
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SmtpException(SmtpError.BAD_BASE64);
        }
    }

    private static String text(byte[] utf8) throws SmtpException {
        return new String(chars(utf8));
    }

    private static char[] chars(byte[] utf8) throws SmtpException {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8));
            char[] out = Arrays.copyOf(cb.array(), cb.limit());
            Arrays.fill(cb.array(), '\0');
            return out;
        } catch (CharacterCodingException e) {
            throw new SmtpException(SmtpError.SYNTAX);
        }
    }
}
