package dev.junction.delivery.smtp;

import java.nio.charset.StandardCharsets;

/** RFC 3461 4 xtext: printable ASCII except '+' and '=' as is, every other byte as {@code +XX}. */
final class Xtext {

    private Xtext() {
    }

    static String encode(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= '!' && c <= '~' && c != '+' && c != '=') b.append((char) c);
            else b.append('+').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return b.toString();
    }

    /** True when the text is safe to put in a command as a parameter value (no space, no control). */
    static boolean isSafe(String s) {
        return s.chars().allMatch(c -> c > ' ' && c < 127 && c != '=');
    }
}
