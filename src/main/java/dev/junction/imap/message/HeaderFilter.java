package dev.junction.imap.message;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HEADER.FIELDS and HEADER.FIELDS.NOT (RFC 9051 section 6.4.5): the matching fields of a header
 * block with their folding as sent, then the blank line. Output is capped at {@link #MAX_OCTETS}
 * so a giant header cannot be pulled into memory.
 */
final class HeaderFilter {

    static final int MAX_OCTETS = 1 << 20;

    private HeaderFilter() {
    }

    static byte[] filter(InputStream header, List<String> names, boolean not) throws IOException {
        LineScanner lines = new LineScanner(header);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean keep = false;
        for (LineScanner.Line line = lines.next(); line != null && !line.isBlank(); line = lines.next()) {
            byte[] p = line.prefix();
            boolean continuation = p.length > 0 && (p[0] == ' ' || p[0] == '\t');
            if (!continuation) {
                keep = listed(p, names) != not;
            }
            if (keep && out.size() + p.length + 2 <= MAX_OCTETS) {
                out.write(p);
                out.write('\r');
                out.write('\n');
            }
        }
        out.write('\r');
        out.write('\n');
        return out.toByteArray();
    }

    private static boolean listed(byte[] line, List<String> names) {
        int colon = -1;
        for (int i = 0; i < line.length; i++) {
            if (line[i] == ':') {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            return false;
        }
        String name = new String(line, 0, colon, StandardCharsets.ISO_8859_1).strip();
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
