package dev.junction.imap.protocol;

import java.util.List;
import java.util.Locale;

/**
 * The {@code [section]} of BODY[...] (RFC 9051 6.4.5): a part path (1.2.3, empty for the whole
 * message), then what of it; {@code fields} only for HEADER.FIELDS and HEADER.FIELDS.NOT.
 */
public record Section(List<Integer> part, Text text, List<String> fields) {

    public static final Section WHOLE = new Section(List.of(), Text.ALL, List.of());

    public enum Text { ALL, HEADER, HEADER_FIELDS, HEADER_FIELDS_NOT, TEXT, MIME }

    public Section {
        part = List.copyOf(part);
        fields = List.copyOf(fields);
    }

    /**
     * The section as it goes between the brackets of a FETCH response, e.g. {@code 1.HEADER.FIELDS
     * (DATE FROM)}: field names in upper case, as Dovecot answers, however the client wrote them.
     */
    public String spec() {
        StringBuilder out = new StringBuilder(partSpec(part));
        String name = switch (text) {
            case ALL -> "";
            case HEADER -> "HEADER";
            case HEADER_FIELDS -> "HEADER.FIELDS";
            case HEADER_FIELDS_NOT -> "HEADER.FIELDS.NOT";
            case TEXT -> "TEXT";
            case MIME -> "MIME";
        };
        if (!out.isEmpty() && !name.isEmpty()) out.append('.');
        out.append(name);
        if (!fields.isEmpty()) {
            out.append(" (");
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) out.append(' ');
                String field = fields.get(i).toUpperCase(Locale.ROOT);
                boolean atom = !field.isEmpty() && field.chars().allMatch(Chars::astring);
                out.append(atom ? field : '"' + field.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
            }
            out.append(')');
        }
        return out.toString();
    }

    /** {@code 1.2.3}. */
    static String partSpec(List<Integer> part) {
        StringBuilder out = new StringBuilder();
        for (int n : part) {
            if (!out.isEmpty()) out.append('.');
            out.append(n);
        }
        return out.toString();
    }
}
