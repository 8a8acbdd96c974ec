package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one header block, unfolded (CRLF removed, the folding whitespace kept) but
 * otherwise raw: encoded words and comments stay as they were sent. Bounded in fields and
 * characters so a hostile header cannot grow without limit; fields past the bounds are dropped.
 */
final class HeaderBlock {

    static final int MAX_FIELDS = 1000;
    static final int MAX_CHARS = 256 * 1024;

    private final List<HeaderField> fields = new ArrayList<>();
    private int chars;
    private String pendingName;
    private StringBuilder pendingValue;

    /** Adds one physical header line (without its line end). */
    void addLine(String line) {
        if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
            if (pendingValue != null && admit(line.length())) {
                pendingValue.append(line);
            }
            return;
        }
        finish();
        int colon = line.indexOf(':');
        if (colon <= 0 || !admit(line.length())) {
            return; // not a field: RFC 5322 has no place for it, so it is skipped
        }
        pendingName = line.substring(0, colon).strip();
        pendingValue = new StringBuilder(line.substring(colon + 1));
    }

    /** Ends the block; call once after the last line. */
    HeaderBlock finish() {
        if (pendingName != null && fields.size() < MAX_FIELDS) {
            fields.add(new HeaderField(pendingName, stripLeading(pendingValue)));
        }
        pendingName = null;
        pendingValue = null;
        return this;
    }

    List<HeaderField> fields() {
        return fields;
    }

    /** The first field of that name (case-insensitive), or null. */
    String first(String name) {
        for (HeaderField f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                return f.value();
            }
        }
        return null;
    }

    private boolean admit(int length) {
        if (chars + length > MAX_CHARS) {
            return false;
        }
        chars += length;
        return true;
    }

    private static String stripLeading(CharSequence value) {
        int i = 0;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        return value.subSequence(i, value.length()).toString().stripTrailing();
    }
}
