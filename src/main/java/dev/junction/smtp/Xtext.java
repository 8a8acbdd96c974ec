package dev.junction.smtp;

/** RFC 3461 xtext: printable ASCII except '+' and '=', with {@code +XX} hex escapes. */
final class Xtext {

    private Xtext() {
    }

    static boolean valid(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                if (i + 2 >= s.length() || !hex(s.charAt(i + 1)) || !hex(s.charAt(i + 2))) return false;
                i += 2;
            } else if (c < 0x21 || c > 0x7e || c == '=') {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
    }
}
