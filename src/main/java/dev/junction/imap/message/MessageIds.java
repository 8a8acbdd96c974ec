package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.List;

/** The msg-ids ({@code <left@right>}) of a References, In-Reply-To or Message-ID value (RFC 5322 section 3.6.4). */
public final class MessageIds {

    /** More ids than any real References header holds; the rest are ignored. */
    static final int MAX_IDS = 500;

    private MessageIds() {
    }

    /** The ids in order, brackets included, comments and phrases between them skipped. */
    public static List<String> parse(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        int i = 0;
        while (ids.size() < MAX_IDS) {
            int open = value.indexOf('<', i);
            int close = open < 0 ? -1 : value.indexOf('>', open);
            if (close < 0) {
                break;
            }
            String id = value.substring(open, close + 1).replaceAll("\\s+", "");
            if (id.length() > 2 && id.indexOf('<', 1) < 0) {
                ids.add(id);
            }
            i = close + 1;
        }
        return ids;
    }
}
