package dev.junction.imap.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code [section]} of BODY[...] and the {@code [part]} of BINARY[...] (RFC 9051 9). */
final class SectionParser {

    private static final int MAX_PART = Integer.MAX_VALUE;

    private SectionParser() {
    }

    /** {@code "[" [section-msgtext / section-part ["." section-text]] "]"}. */
    static Section section(Tokenizer t) throws IOException, ProtocolException {
        t.expect('[', "expected '['");
        if (t.take(']')) return Section.WHOLE;
        List<Integer> part = new ArrayList<>();
        Section.Text text = Section.Text.ALL;
        List<String> fields = List.of();
        while (Chars.digit(t.peek())) {
            part.add(partNumber(t));
            if (!t.take('.')) break;
            if (!Chars.digit(t.peek())) {
                text = text(t, true);
                break;
            }
        }
        if (part.isEmpty()) text = text(t, false);
        if (text == Section.Text.HEADER_FIELDS || text == Section.Text.HEADER_FIELDS_NOT) {
            t.sp();
            fields = headerList(t);
        }
        t.expect(']', "expected ']'");
        return new Section(part, text, fields);
    }

    /** {@code "[" [section-part] "]"} of BINARY, BINARY.PEEK and BINARY.SIZE. */
    static List<Integer> binaryPart(Tokenizer t) throws ProtocolException {
        t.expect('[', "expected '['");
        List<Integer> part = new ArrayList<>();
        if (t.take(']')) return part;
        do {
            part.add(partNumber(t));
        } while (t.take('.'));
        t.expect(']', "expected ']'");
        return part;
    }

    private static int partNumber(Tokenizer t) throws ProtocolException {
        long n = Terms.nzNumber(t);
        if (n > MAX_PART) throw ProtocolException.syntax("part number out of range");
        return (int) n;
    }

    private static Section.Text text(Tokenizer t, boolean afterPart) throws ProtocolException {
        String name = t.run(c -> Character.isLetter(c) && c < 0x80 || c == '.').toUpperCase(Locale.ROOT);
        return switch (name) {
            case "HEADER" -> Section.Text.HEADER;
            case "HEADER.FIELDS" -> Section.Text.HEADER_FIELDS;
            case "HEADER.FIELDS.NOT" -> Section.Text.HEADER_FIELDS_NOT;
            case "TEXT" -> Section.Text.TEXT;
            case "MIME" -> {
                if (!afterPart) throw ProtocolException.syntax("MIME needs a part number");
                yield Section.Text.MIME;
            }
            default -> throw ProtocolException.syntax("invalid section " + name);
        };
    }

    /** {@code "(" header-fld-name *(SP header-fld-name) ")"}. */
    private static List<String> headerList(Tokenizer t) throws IOException, ProtocolException {
        List<String> fields = new ArrayList<>();
        t.open();
        do {
            fields.add(t.astring());
        } while (t.take(' '));
        t.close();
        return fields;
    }
}
