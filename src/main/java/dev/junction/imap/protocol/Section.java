package dev.junction.imap.protocol;

import java.util.List;

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
}
