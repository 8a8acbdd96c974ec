package dev.junction.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The PLAIN SASL message (RFC 4616), {@code authzid NUL authcid NUL passwd}, decoded once for
 * every protocol that offers it (SMTP AUTH, POP3 AUTH, IMAP AUTHENTICATE). The password stays a
 * char array for the caller to wipe; the decoded bytes are wiped here.
 *
 * @param authzid the identity to act as, empty when the client gave none
 */
public record SaslPlain(String authzid, String login, char[] password) {

    /**
     * @param message the decoded (not base64) client response; wiped before returning
     * @throws IllegalArgumentException not three NUL-separated fields of UTF-8
     */
    public static SaslPlain parse(byte[] message) {
        try {
            int first = indexOf(message, 0);
            int second = first < 0 ? -1 : indexOf(message, first + 1);
            if (second < 0 || indexOf(message, second + 1) >= 0) {
                throw new IllegalArgumentException("PLAIN needs authzid NUL authcid NUL passwd");
            }
            return new SaslPlain(new String(chars(message, 0, first)), new String(chars(message, first + 1, second)),
                    chars(message, second + 1, message.length));
        } finally {
            Arrays.fill(message, (byte) 0);
        }
    }

    /** RFC 4616 lets the authzid name another identity; Junction supports none but the login's own. */
    public boolean actsAsAnother() {
        return !authzid.isEmpty() && !authzid.equals(login);
    }

    private static int indexOf(byte[] raw, int from) {
        for (int i = from; i < raw.length; i++) {
            if (raw[i] == 0) return i;
        }
        return -1;
    }

    private static char[] chars(byte[] raw, int from, int to) {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, from, to - from));
            char[] out = Arrays.copyOf(cb.array(), cb.limit());
            Arrays.fill(cb.array(), '\0');
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("PLAIN message is not UTF-8");
        }
    }
}
