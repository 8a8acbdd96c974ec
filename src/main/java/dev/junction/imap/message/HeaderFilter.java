package dev.junction.imap.message;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HEADER.FIELDS and HEADER.FIELDS.NOT (RFC 9051 section 6.4.5): the matching fields of a header
 * block, byte for byte with their folding, then the blank line. Only the first
 * {@link #MAX_OCTETS} of a header block are looked at, so a giant header cannot fill memory.
 */
final class HeaderFilter {

    static final int MAX_OCTETS = 1 << 20;

    private HeaderFilter() {
    }

    static byte[] filter(InputStream header, List<String> names, boolean not) throws IOException {
        byte[] block = header.readNBytes(MAX_OCTETS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean keep = false;
        int start = 0;
        while (start < block.length) {
            int end = start;
            while (end < block.length && block[end] != '\n') {
                end++;
            }
            int contentEnd = end > start && block[end - 1] == '\r' ? end - 1 : end;
            if (contentEnd == start) {
                break; // the blank line ends the header
            }
            boolean continuation = block[start] == ' ' || block[start] == '\t';
            if (!continuation) {
                keep = listed(block, start, contentEnd, names) != not;
            }
            if (keep) {
                out.write(block, start, contentEnd - start);
                out.write('\r');
                out.write('\n');
            }
            start = end + 1;
        }
        out.write('\r');
        out.write('\n');
        return out.toByteArray();
    }

    private static boolean listed(byte[] block, int start, int end, List<String> names) {
        int colon = start;
        while (colon < end && block[colon] != ':') {
            colon++;
        }
        if (colon == end || colon == start) {
            return false;
        }
        String name = new String(block, start, colon - start, StandardCharsets.ISO_8859_1).strip();
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
