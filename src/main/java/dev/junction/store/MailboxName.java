package dev.junction.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Mailbox names: '/' separates hierarchy levels, INBOX is case-insensitive (also as the first
 * level, so "inbox/Lists" is "INBOX/Lists"), every other name is exact. Names reach the store
 * already decoded from the protocol (modified UTF-7 or UTF-8) but otherwise untrusted.
 */
public final class MailboxName {

    public static final char DELIMITER = '/';
    public static final String INBOX = "INBOX";

    private MailboxName() {
    }

    public static String canonical(String name) {
        int slash = name.indexOf(DELIMITER);
        String first = slash < 0 ? name : name.substring(0, slash);
        return first.equalsIgnoreCase(INBOX) ? INBOX + name.substring(first.length()) : name;
    }

    /**
     * The canonical name a client may create. One trailing delimiter is dropped (RFC 9051 6.3.4:
     * "foo/" declares the intent to create inferiors of "foo"). Refused: empty names and levels,
     * LIST wildcards and control characters.
     */
    public static String validate(String name) throws MailboxException {
        String n = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        if (n.isEmpty() || n.startsWith("/") || n.endsWith("/") || n.contains("//")) {
            throw new MailboxException(MailboxException.Code.CANNOT, "empty mailbox name or hierarchy level: '" + name + "'");
        }
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (ch == '*' || ch == '%' || Character.isISOControl(ch)) {
                throw new MailboxException(MailboxException.Code.CANNOT, "mailbox names may not contain wildcards or control characters");
            }
        }
        return canonical(n);
    }

    /** The superior names, outermost first: "a/b/c" gives "a", "a/b". */
    public static List<String> superiors(String name) {
        List<String> out = new ArrayList<>();
        for (int i = name.indexOf(DELIMITER); i >= 0; i = name.indexOf(DELIMITER, i + 1)) out.add(name.substring(0, i));
        return out;
    }

    /** True when {@code name} lies anywhere below {@code superior}. */
    public static boolean isInferior(String name, String superior) {
        return name.length() > superior.length() + 1 && name.startsWith(superior) && name.charAt(superior.length()) == DELIMITER;
    }
}
