package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an RFC 5322 address header into words, specials and comments. Quoted strings are
 * unquoted (backslash escapes resolved) but remembered as quoted, and anything unbalanced runs to
 * the end of the value and is marked broken: untrusted input never throws.
 */
final class AddressTokens {

    enum Kind { WORD, QUOTED, SPECIAL, COMMENT }

    /**
     * A word (atom or domain literal), a quoted string, a one-character special or a comment's
     * text; {@code spaced} when whitespace or a comment came before it.
     */
    record Token(String text, Kind kind, boolean broken, boolean spaced) {
        boolean is(char c) {
            return kind == Kind.SPECIAL && text.charAt(0) == c;
        }

        boolean special() {
            return kind == Kind.SPECIAL;
        }

        boolean quoted() {
            return kind == Kind.QUOTED;
        }

        boolean comment() {
            return kind == Kind.COMMENT;
        }
    }

    private static final String SPECIALS = "<>@,;:.";

    private AddressTokens() {
    }

    static List<Token> of(String value) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = value.length();
        boolean spaced = false;
        while (i < n) {
            char c = value.charAt(i);
            int before = out.size();
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
                spaced = true;
                continue;
            } else if (c == '(') {
                int end = skipComment(value, i);
                out.add(new Token(value.substring(i + 1, Math.max(i + 1, end - 1)).strip(), Kind.COMMENT, false, true));
                i = end;
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
                out.add(new Token(sb.toString(), Kind.QUOTED, i >= n, spaced));
                i++;
            } else if (c == '[') {
                int end = value.indexOf(']', i);
                end = end < 0 ? n : end + 1;
                out.add(new Token(value.substring(i, end), Kind.WORD, false, spaced));
                i = end;
            } else if (SPECIALS.indexOf(c) >= 0) {
                out.add(new Token(String.valueOf(c), Kind.SPECIAL, false, spaced));
                i++;
            } else {
                int start = i;
                while (i < n && " \t\r\n()\"[".indexOf(value.charAt(i)) < 0 && SPECIALS.indexOf(value.charAt(i)) < 0) {
                    i++;
                }
                if (i == start) {
                    i++; // a stray ")": found by MutatedMessageTest, once an endless loop
                    continue;
                }
                out.add(new Token(value.substring(start, i), Kind.WORD, false, spaced));
            }
            spaced = out.size() > before && out.get(out.size() - 1).comment();
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
