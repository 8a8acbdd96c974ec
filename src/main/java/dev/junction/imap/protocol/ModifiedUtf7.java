package dev.junction.imap.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Mailbox names in modified UTF-7 (RFC 3501 5.1.3, kept by RFC 9051 for clients that did not
 * enable UTF8=ACCEPT): printable US-ASCII stands for itself, {@code &} is {@code &-}, anything
 * else is UTF-16BE in base64 with {@code ,} for {@code /}, between {@code &} and {@code -}.
 */
public final class ModifiedUtf7 {

    private ModifiedUtf7() {
    }

    public static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (printable(c)) {
                out.append(c == '&' ? "&-" : String.valueOf(c));
                i++;
                continue;
            }
            int start = i;
            while (i < name.length() && !printable(name.charAt(i))) i++;
            byte[] utf16 = name.substring(start, i).getBytes(StandardCharsets.UTF_16BE);
            String base64 = Base64.getEncoder().withoutPadding().encodeToString(utf16);
            out.append('&').append(base64.replace('/', ',')).append('-');
        }
        return out.toString();
    }

    /**
     * @throws IllegalArgumentException when the name is not valid modified UTF-7: an octet
     *                                  outside printable ASCII, a shift not ended by {@code -},
     *                                  bad base64, broken UTF-16, or base64 for a printable
     *                                  character that must stand for itself
     */
    public static String decode(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (!printable(c)) throw new IllegalArgumentException("character outside printable ASCII");
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int end = encoded.indexOf('-', i + 1);
            if (end < 0) throw new IllegalArgumentException("'&' shift not ended by '-'");
            if (end == i + 1) {
                out.append('&');
            } else {
                out.append(decodeShift(encoded.substring(i + 1, end)));
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static String decodeShift(String base64) {
        for (int k = 0; k < base64.length(); k++) {
            char c = base64.charAt(k);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == ',';
            if (!ok) throw new IllegalArgumentException("invalid modified base64");
        }
        if (base64.length() % 4 == 1) throw new IllegalArgumentException("truncated modified base64");
        byte[] utf16 = Base64.getDecoder().decode(base64.replace(',', '/'));
        if (utf16.length % 2 != 0) throw new IllegalArgumentException("odd UTF-16 length");
        String text;
        try {
            text = StandardCharsets.UTF_16BE.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf16)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("invalid UTF-16 in modified base64");
        }
        for (int k = 0; k < text.length(); k++) {
            if (printable(text.charAt(k))) throw new IllegalArgumentException("printable ASCII in modified base64");
        }
        return text;
    }

    private static boolean printable(char c) {
        return c >= 0x20 && c <= 0x7e;
    }
}
