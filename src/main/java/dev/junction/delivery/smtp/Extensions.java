package dev.junction.delivery.smtp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The service extensions a server announced in its EHLO reply (RFC 5321 4.1.1.1). */
record Extensions(Map<String, String> keywords) {

    static final Extensions NONE = new Extensions(Map.of());

    /** Parses the lines after the first of an EHLO reply: {@code KEYWORD [params]}. */
    static Extensions parse(List<String> ehloLines) {
        Map<String, String> map = new HashMap<>();
        for (String line : ehloLines.subList(Math.min(1, ehloLines.size()), ehloLines.size())) {
            String t = line.strip();
            if (t.isEmpty()) continue;
            int sp = t.indexOf(' ');
            String keyword = (sp < 0 ? t : t.substring(0, sp)).toUpperCase(Locale.ROOT);
            map.putIfAbsent(keyword, sp < 0 ? "" : t.substring(sp + 1).strip());
        }
        return new Extensions(Map.copyOf(map));
    }

    boolean has(String keyword) {
        return keywords.containsKey(keyword);
    }

    /** The SIZE limit announced, 0 when none or unlimited. */
    long sizeLimit() {
        try {
            return Long.parseLong(keywords.getOrDefault("SIZE", "0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** AUTH mechanisms, upper case. */
    List<String> authMechanisms() {
        String p = keywords.getOrDefault("AUTH", "");
        return p.isBlank() ? List.of() : List.of(p.toUpperCase(Locale.ROOT).split("\\s+"));
    }
}
