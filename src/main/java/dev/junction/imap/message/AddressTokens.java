package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an RFC 5322 address header into words and specials. Comments are dropped, quoted
 * strings are unquoted (backslash escapes resolved) but remembered as quoted, and anything
 * unbalanced simply runs to the end of the value: untrusted input never throws.
 */
final class AddressTokens {

    /** A word (atom, quoted string or domain literal) or a one-character special. */
    record Token(String text, boolean special, boolean quoted) {
        boolean is(char c) {
            return special && text.charAt(0) == c;
        }
    }

    private static final String SPECIALS = "<>@,;:.";

    private AddressTokens() {
    }

    static List<Token> of(String value) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (c == '(') {
                i = skipComment(value, i);
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n && value.charAt(i) != '"') {
                    if (value.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    if (value.charAt(i) != '\r' && value.charAt(i) != '\n') {
                        sb.append(value.charAt(i));
                    }
                    i++;
                }
                i++;
                out.add(new Token(sb.toString(), false, true));
            } else if (c == '[') {
                int end = value.indexOf(']', i);
                end = end < 0 ? n : end + 1;
                out.add(new Token(value.substring(i, end), false, false));
                i = end;
            } else if (SPECIALS.indexOf(c) >= 0) {
                out.add(new Token(String.valueOf(c), true, false));
                i++;
            } else {
                int start = i;
                while (i < n && " \t\r\n()\"[".indexOf(value.charAt(i)) < 0 && SPECIALS.indexOf(value.charAt(i)) < 0) {
                    i++;
                }
                out.add(new Token(value.substring(start, i), false, false));
            }
        }
        return out;
    }

    private static int skipComment(String value, int i) {
        int depth = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }
}
