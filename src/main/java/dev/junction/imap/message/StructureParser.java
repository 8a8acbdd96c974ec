package dev.junction.imap.message;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link BodyPart} tree of a raw message in one streaming pass (RFC 5322, RFC 2045,
 * RFC 2046). Boundaries follow RFC 2046 section 5.1.1: the line end before a delimiter belongs to
 * the delimiter, a delimiter of any enclosing multipart also ends the inner parts, and a missing
 * close delimiter ends at the enclosing boundary or the end of the message. Past
 * {@link #MAX_DEPTH} levels or {@link #MAX_PARTS} parts, a part is kept as one opaque leaf.
 *
 * <p>Offsets are counted here rather than read from Mime4j's token stream, which reads ahead and
 * does not report byte positions; Mime4j parses the field values.
 */
final class StructureParser {

    static final int MAX_DEPTH = 40;
    static final int MAX_PARTS = 2000;

    private final LineScanner lines;
    private final List<byte[]> boundaries = new ArrayList<>();
    private int parts;
    private String references;

    private StructureParser(InputStream in) {
        this.lines = new LineScanner(in);
    }

    static MessageStructure parse(InputStream in) throws IOException {
        StructureParser parser = new StructureParser(in);
        BodyPart root = parser.entity(0, false, true);
        return new MessageStructure(parser.lines.offset(), root, parser.references);
    }

    private BodyPart entity(int depth, boolean digest, boolean message) throws IOException {
        parts++;
        long headerStart = lines.offset();
        HeaderBlock header = new HeaderBlock();
        long bodyStart = -1;
        for (LineScanner.Line line = lines.peek(); line != null; line = lines.peek()) {
            if (delimiter(line) != null) {
                bodyStart = line.start(); // a part with no blank line and no body
                break;
            }
            lines.next();
            if (line.isBlank()) {
                bodyStart = line.end();
                break;
            }
            header.addLine(line.text());
        }
        if (bodyStart < 0) {
            bodyStart = lines.offset();
        }
        header.finish();
        if (depth == 0) {
            references = header.first("References");
        }
        PartHeaders h = PartHeaders.of(header, digest);
        long linesBefore = lines.consumed();
        List<BodyPart> children = List.of();
        boolean nestable = depth < MAX_DEPTH && parts < MAX_PARTS;
        String boundary = h.type().equalsIgnoreCase("multipart") ? parameter(h, "boundary") : null;
        if (nestable && boundary != null && !boundary.isEmpty()) {
            children = multipart(boundary, depth, h.subtype().equalsIgnoreCase("digest"));
        } else if (nestable && encapsulates(h)) {
            children = List.of(entity(depth + 1, false, true));
        } else {
            skipToDelimiter();
        }
        long count = lines.consumed() - linesBefore;
        long bodyEnd;
        long bodyLines;
        // Lines are the line feeds inside the body, as Dovecot counts them.
        if (lines.peek() == null) {
            bodyEnd = Math.max(bodyStart, lines.offset());
            bodyLines = count == 0 ? 0 : count - (lines.lastEolLength() == 0 ? 1 : 0);
        } else {
            bodyEnd = count == 0 ? bodyStart : lines.peek().start() - lines.lastEolLength();
            bodyLines = count == 0 ? 0 : count - 1;
        }
        return new BodyPart(headerStart, bodyStart, bodyEnd, h.type(), h.subtype(), h.parameters(),
                h.id(), h.description(), h.encoding(), h.md5(), h.disposition(), h.dispositionParameters(),
                h.language(), h.location(), bodyLines, message ? Envelopes.of(header) : null, children);
    }

    private List<BodyPart> multipart(String boundary, int depth, boolean digest) throws IOException {
        byte[] own = ("--" + boundary).getBytes(StandardCharsets.UTF_8);
        boundaries.add(own);
        List<BodyPart> children = new ArrayList<>();
        skipToDelimiter(); // the preamble
        LineScanner.Line first = lines.peek();
        Delimiter start = first == null ? null : delimiter(first);
        boolean open = start != null && start.boundary() == own && !start.close();
        if (start != null && start.boundary() == own) {
            lines.next();
        }
        while (open) {
            children.add(entity(depth + 1, digest, false));
            LineScanner.Line line = lines.peek();
            Delimiter d = line == null ? null : delimiter(line);
            if (d == null || d.boundary() != own || parts >= MAX_PARTS) {
                break;
            }
            lines.next();
            open = !d.close();
        }
        boundaries.remove(boundaries.size() - 1);
        skipToDelimiter(); // the epilogue, or what is left after the part cap
        return children;
    }

    /** Consumes lines up to the next delimiter of an enclosing multipart, or to the end. */
    private void skipToDelimiter() throws IOException {
        while (true) {
            lines.skipToDashes();
            LineScanner.Line line = lines.peek();
            if (line == null || delimiter(line) != null) {
                return;
            }
            lines.next();
        }
    }

    private record Delimiter(byte[] boundary, boolean close) {
    }

    /** The enclosing boundary this line is a delimiter of (innermost first), or null. */
    private Delimiter delimiter(LineScanner.Line line) {
        byte[] p = line.prefix();
        if (boundaries.isEmpty() || p.length < 2 || p[0] != '-' || p[1] != '-' || p.length != line.length()) {
            return null;
        }
        for (int i = boundaries.size() - 1; i >= 0; i--) {
            byte[] b = boundaries.get(i);
            if (startsWith(p, b)) {
                int rest = b.length;
                boolean close = p.length >= rest + 2 && p[rest] == '-' && p[rest + 1] == '-';
                if (blankFrom(p, close ? rest + 2 : rest)) {
                    return new Delimiter(b, close);
                }
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] line, byte[] prefix) {
        if (line.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean blankFrom(byte[] line, int from) {
        for (int i = from; i < line.length; i++) {
            if (line[i] != ' ' && line[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean encapsulates(PartHeaders h) {
        boolean message = h.type().equalsIgnoreCase("message")
                && (h.subtype().equalsIgnoreCase("rfc822") || h.subtype().equalsIgnoreCase("global"));
        String cte = h.encoding() == null ? "7bit" : h.encoding().toLowerCase(java.util.Locale.ROOT);
        // An encoded message/rfc822 is opaque until decoded; only identity encodings are parsed.
        return message && (cte.equals("7bit") || cte.equals("8bit") || cte.equals("binary"));
    }

    private static String parameter(PartHeaders h, String name) {
        for (Parameter p : h.parameters()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p.value();
            }
        }
        return null;
    }
}
