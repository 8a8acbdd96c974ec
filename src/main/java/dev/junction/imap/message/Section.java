package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A FETCH section specification (RFC 9051 section 6.4.5): part numbers (empty for the message
 * itself) and what of that part to return. Part numbers are 1-based as on the wire.
 */
public record Section(List<Integer> part, Kind kind, List<String> fields) {

    public enum Kind {
        /** No section text: the whole message, or the body of the numbered part. */
        CONTENT, HEADER, HEADER_FIELDS, HEADER_FIELDS_NOT, TEXT, MIME
    }

    public Section {
        part = List.copyOf(part);
        fields = List.copyOf(fields);
        if (kind == Kind.MIME && part.isEmpty()) {
            throw new IllegalArgumentException("MIME needs a part number");
        }
    }

    /**
     * Parses the text between the brackets of BODY[...], e.g. {@code 1.2.HEADER.FIELDS (From To)}.
     *
     * @throws IllegalArgumentException with a client-safe text when the syntax is wrong
     */
    public static Section parse(String spec) {
        List<Integer> part = new ArrayList<>();
        String rest = spec.strip();
        while (!rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
            int dot = rest.indexOf('.');
            String number = dot < 0 ? rest : rest.substring(0, dot);
            if (!number.chars().allMatch(Character::isDigit) || number.length() > 9 || Integer.parseInt(number) == 0) {
                throw new IllegalArgumentException("bad section part number");
            }
            part.add(Integer.parseInt(number));
            rest = dot < 0 ? "" : rest.substring(dot + 1);
            if (dot >= 0 && rest.isEmpty()) {
                throw new IllegalArgumentException("section ends with a dot");
            }
        }
        String upper = rest.toUpperCase(Locale.ROOT);
        if (upper.isEmpty()) {
            return new Section(part, Kind.CONTENT, List.of());
        }
        if (upper.startsWith("HEADER.FIELDS")) {
            boolean not = upper.startsWith("HEADER.FIELDS.NOT");
            String list = rest.substring(not ? "HEADER.FIELDS.NOT".length() : "HEADER.FIELDS".length()).strip();
            return new Section(part, not ? Kind.HEADER_FIELDS_NOT : Kind.HEADER_FIELDS, fieldNames(list));
        }
        return switch (upper) {
            case "HEADER" -> new Section(part, Kind.HEADER, List.of());
            case "TEXT" -> new Section(part, Kind.TEXT, List.of());
            case "MIME" -> {
                if (part.isEmpty()) {
                    throw new IllegalArgumentException("MIME needs a part number");
                }
                yield new Section(part, Kind.MIME, List.of());
            }
            default -> throw new IllegalArgumentException("unknown section text");
        };
    }

    private static List<String> fieldNames(String list) {
        if (list.length() < 2 || list.charAt(0) != '(' || list.charAt(list.length() - 1) != ')') {
            throw new IllegalArgumentException("HEADER.FIELDS needs a parenthesised list");
        }
        List<String> names = new ArrayList<>();
        for (String name : list.substring(1, list.length() - 1).trim().split("\\s+")) {
            String n = name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")
                    ? name.substring(1, name.length() - 1) : name;
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("HEADER.FIELDS needs at least one field name");
        }
        return names;
    }
}
