package dev.junction.imap.protocol;

/** Character classes of the RFC 9051 formal syntax (section 9). */
final class Chars {

    private Chars() {
    }

    /** ATOM-CHAR: any CHAR except atom-specials ( "(" ")" "{" SP CTL "%" "*" DQUOTE "\" "]" ). */
    static boolean atom(int c) {
        return c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != '{' && c != '%' && c != '*'
                && c != '"' && c != '\\' && c != ']';
    }

    /** ASTRING-CHAR: ATOM-CHAR or resp-specials. */
    static boolean astring(int c) {
        return atom(c) || c == ']';
    }

    /** list-char: ATOM-CHAR, list-wildcards or resp-specials. */
    static boolean list(int c) {
        return astring(c) || c == '%' || c == '*';
    }

    /** tag: any ASTRING-CHAR except "+". */
    static boolean tag(int c) {
        return astring(c) && c != '+';
    }

    static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }
}
