package dev.junction.imap.message;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The header fields of a message, read from the raw bytes on demand (SEARCH HEADER, FROM, TO,
 * SUBJECT... match any field of that name, RFC 9051 section 6.4.4). Bounded like the parser's:
 * at most {@link HeaderBlock#MAX_FIELDS} fields and {@link HeaderBlock#MAX_CHARS} characters.
 */
public final class MessageHeader {

    private MessageHeader() {
    }

    /** The fields of the message's own header, in order. */
    public static List<HeaderField> fields(MessageStructure message, RawSource raw) throws IOException {
        try (InputStream in = RangeInputStream.open(raw, 0, message.root().bodyStart())) {
            return read(in).fields();
        }
    }

    /** The values of every field with that name (case-insensitive), raw, in order. */
    public static List<String> values(List<HeaderField> fields, String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(HeaderField::value).toList();
    }

    /**
     * SEARCH HEADER, FROM, TO, CC, BCC, SUBJECT (RFC 9051 section 6.4.4): whether a field of that
     * name contains the string in its decoded value, case-insensitively. An empty string matches
     * any field of that name, so it asks whether the field is there.
     */
    public static boolean contains(List<HeaderField> fields, String name, String needle) {
        for (HeaderField f : fields) {
            if (f.name().equalsIgnoreCase(name) && new FoldedMatcher(needle).feed(f.decodedValue())) {
                return true;
            }
        }
        return false;
    }

    static HeaderBlock read(InputStream block) throws IOException {
        LineScanner lines = new LineScanner(block);
        HeaderBlock header = new HeaderBlock();
        for (LineScanner.Line line = lines.next(); line != null && !line.isBlank(); line = lines.next()) {
            header.addLine(line.text());
        }
        return header.finish();
    }
}
