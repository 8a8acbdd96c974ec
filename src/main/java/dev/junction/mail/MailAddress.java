package dev.junction.mail;

import java.util.Locale;

/**
 * An RFC 5321 mailbox, local-part@domain. The domain is kept in lower case; the local part as
 * given (lookups in the directory are case-insensitive). UTF-8 is allowed (RFC 6531).
 */
public record MailAddress(String localPart, String domain) {

    public MailAddress {
        if (localPart.isEmpty() || domain.isEmpty()) throw new IllegalArgumentException("empty local part or domain");
        domain = domain.toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code local@domain} (no angle brackets). Quoted local parts are accepted as written.
     *
     * @throws IllegalArgumentException when the text is not a mailbox
     */
    public static MailAddress parse(String text) {
        if (text == null || text.length() > 320) throw new IllegalArgumentException("address too long or missing");
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) throw new IllegalArgumentException("not local@domain: " + text);
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        if (local.length() > 64 && !local.startsWith("\"")) throw new IllegalArgumentException("local part too long");
        if (!validDomain(domain)) throw new IllegalArgumentException("bad domain: " + domain);
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c <= ' ' || c == 127 || ((c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == ';' || c == ':' || c == '[' || c == ']' || c == '\\') && !local.startsWith("\""))) {
                throw new IllegalArgumentException("bad character in local part");
            }
        }
        return new MailAddress(local, domain);
    }

    private static boolean validDomain(String d) {
        if (d.length() > 255) return false;
        if (d.startsWith("[") && d.endsWith("]")) return d.length() > 2; // address literal
        for (String label : d.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) return false;
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '-' || c >= 0x80)) return false;
            }
        }
        return true;
    }

    /** Lower-cased form used as a directory key. */
    public String key() {
        return localPart.toLowerCase(Locale.ROOT) + "@" + domain;
    }

    public boolean isAscii() {
        return toString().chars().allMatch(c -> c < 0x80);
    }

    @Override
    public String toString() {
        return localPart + "@" + domain;
    }
}
