package dev.junction.imap.message;

import java.nio.charset.StandardCharsets;

/**
 * Writes IMAP strings (RFC 9051 section 4.3): quoted when the text allows it, otherwise a
 * literal whose length counts UTF-8 octets; NIL for null; NUL characters, which no IMAP string
 * may carry, are dropped. The result is sent as UTF-8.
 */
public final class ImapStrings {

    private static final int MAX_QUOTED = 1024;

    private final boolean utf8Quoted;

    /**
     * @param utf8Quoted whether non-ASCII text may go in quoted strings, as IMAP4rev2 and
     *                   UTF8=ACCEPT allow; otherwise it is sent as a literal (IMAP4rev1)
     */
    public ImapStrings(boolean utf8Quoted) {
        this.utf8Quoted = utf8Quoted;
    }

    public void nstring(StringBuilder out, String s) {
        if (s == null) {
            out.append("NIL");
        } else {
            string(out, s);
        }
    }

    public void string(StringBuilder out, String text) {
        String s = text.indexOf('\0') < 0 ? text : text.replace("\0", ""); // no IMAP string may hold NUL
        if (quotable(s)) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        } else {
            out.append('{').append(s.getBytes(StandardCharsets.UTF_8).length).append("}\r\n").append(s);
        }
    }

    private boolean quotable(String s) {
        if (s.length() > MAX_QUOTED) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || (c > 0x7f && !utf8Quoted)) {
                return false;
            }
        }
        return true;
    }
}
