package dev.junction.imap.protocol;

import java.util.Arrays;

/**
 * A LIST or LSUB pattern (RFC 9051 6.3.9): the reference and the mailbox argument joined into one
 * canonical pattern, in which {@code *} matches any run of characters and {@code %} any run
 * without the hierarchy delimiter. INBOX is case-insensitive here as in every command: when a
 * name's first level is INBOX, the pattern's first five characters match it in any case, so
 * {@code inbox/%} finds {@code INBOX/Lists} but {@code inbox*} does not find {@code INBOXES}.
 *
 * <p>Matching is a table over pattern and name positions, so no pattern (the client writes it)
 * costs more than the product of the two lengths; a run of wildcards counts as one.
 */
public final class MailboxPattern {

    private static final int STAR = -1;
    private static final int PERCENT = -2;
    private static final String INBOX = "INBOX";

    private final String text;
    private final char delimiter;
    private final int[] tokens;
    private final int literals;

    private MailboxPattern(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
        int[] compiled = new int[text.length()];
        int n = 0;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wildcard = c == '*' || c == '%';
            if (!wildcard) {
                compiled[n++] = c;
                count++;
            } else if (n > 0 && compiled[n - 1] < 0) {
                // "%*", "*%" and "**" match what "*" does; "%%" what "%" does.
                if (c == '*') compiled[n - 1] = STAR;
            } else {
                compiled[n++] = c == '*' ? STAR : PERCENT;
            }
        }
        this.tokens = Arrays.copyOf(compiled, n);
        this.literals = count;
    }

    /**
     * The canonical pattern for a reference and a mailbox argument: their concatenation. Junction
     * has one namespace without a prefix, so a reference is simply the start of every name.
     */
    public static MailboxPattern of(String reference, String pattern, char delimiter) {
        return new MailboxPattern(reference + pattern, delimiter);
    }

    /** True when the canonical name (INBOX in upper case) matches. */
    public boolean matches(String name) {
        if (literals > name.length()) return false;
        boolean inbox = name.startsWith(INBOX)
                && (name.length() == INBOX.length() || name.charAt(INBOX.length()) == delimiter);
        int m = tokens.length;
        boolean[] row = new boolean[m + 1];
        boolean[] next = new boolean[m + 1];
        row[0] = true;
        for (int j = 1; j <= m && tokens[j - 1] < 0; j++) row[j] = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            next[0] = false;
            for (int j = 1; j <= m; j++) {
                int t = tokens[j - 1];
                if (t == STAR) next[j] = next[j - 1] || row[j];
                else if (t == PERCENT) next[j] = next[j - 1] || (row[j] && c != delimiter);
                else next[j] = row[j - 1] && (t == c || (inbox && i < INBOX.length() && upper(t) == c));
            }
            boolean[] swap = row;
            row = next;
            next = swap;
        }
        return row[m];
    }

    private static int upper(int c) {
        return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    }

    @Override
    public String toString() {
        return text;
    }
}
