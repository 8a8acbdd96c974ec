package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.List;

/**
 * A Content-Type or Content-Disposition value split into its value and parameters (RFC 2045
 * section 5.1): comments dropped, quoted strings unquoted, everything else raw. Encoded words in
 * parameter values stay encoded, as BODYSTRUCTURE shows them (Mime4j's field parser would decode
 * them); {@link HeaderDecoder#parameters} decodes for people. RFC 2231 continuations are joined.
 */
record MediaField(String value, List<Parameter> parameters) {

    static MediaField parse(String raw) {
        List<String> segments = segments(raw);
        List<Parameter> parameters = new ArrayList<>();
        for (String segment : segments.subList(1, segments.size())) {
            int eq = segment.indexOf('=');
            if (eq > 0) {
                String name = segment.substring(0, eq).strip();
                if (!name.isEmpty() && name.indexOf(' ') < 0) {
                    parameters.add(new Parameter(name, unquote(segment.substring(eq + 1).strip())));
                }
            }
        }
        return new MediaField(segments.get(0).strip(), Rfc2231Sections.join(parameters));
    }

    /** The value and each parameter, split at semicolons outside quoted strings, comments removed. */
    private static List<String> segments(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int comment = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\' && i + 1 < raw.length()) {
                    current.append(raw.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (comment > 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    comment++;
                } else if (c == ')') {
                    comment--;
                }
            } else if (c == '(') {
                comment = 1;
            } else if (c == ';') {
                out.add(current.toString());
                current.setLength(0);
            } else {
                quoted = c == '"';
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static String unquote(String value) {
        if (!value.startsWith("\"")) {
            return value;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                sb.append(value.charAt(++i));
            } else if (c == '"') {
                break;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
