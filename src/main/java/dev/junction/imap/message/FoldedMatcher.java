package dev.junction.imap.message;

/**
 * Case-insensitive substring search over text fed in chunks (SEARCH BODY/TEXT, RFC 9051 section
 * 6.4.4: "case-insensitive"). Both sides are folded per character (upper then lower case, so
 * that e.g. final sigma and Kelvin sign match), and only the last needle-length characters are
 * carried between chunks.
 */
final class FoldedMatcher {

    private final String needle;
    private final StringBuilder window = new StringBuilder();
    private boolean found;

    FoldedMatcher(String needle) {
        this.needle = fold(needle);
        this.found = this.needle.isEmpty();
    }

    /** Feeds characters; returns true once the needle has been seen. */
    boolean feed(char[] chars, int from, int to) {
        if (found) {
            return true;
        }
        for (int i = from; i < to; i++) {
            window.append(fold(chars[i]));
        }
        found = window.indexOf(needle) >= 0;
        int keep = Math.max(0, needle.length() - 1);
        if (window.length() > keep) {
            window.delete(0, window.length() - keep);
        }
        return found;
    }

    boolean feed(String text) {
        return feed(text.toCharArray(), 0, text.length());
    }

    boolean found() {
        return found;
    }

    /** Starts a new text: a match may not span two texts. */
    void boundary() {
        window.setLength(0);
    }

    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(fold(s.charAt(i)));
        }
        return sb.toString();
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
