package dev.junction.store.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A message's flags as stored: the five IMAP system flags (RFC 9051 2.3.2) as bits of
 * {@code system_flags}, keywords space-separated in {@code keywords} (an atom has no spaces).
 * Both compare case-insensitively; a keyword keeps the spelling it was first set with.
 */
record Flags(int bits, List<String> keywords) {

    private static final String[] SYSTEM = {"\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft"};
    static final int SEEN = 1;
    static final int DELETED = 8;
    static final Flags NONE = new Flags(0, List.of());

    Flags {
        keywords = List.copyOf(keywords);
    }

    /** @throws IllegalArgumentException for {@code \Recent} or another unknown system flag, or a bad keyword */
    static Flags of(Collection<String> flags) {
        Flags out = NONE;
        for (String f : flags) {
            if (f.startsWith("\\")) {
                int bit = systemBit(f);
                if (bit == 0) throw new IllegalArgumentException("not a storable system flag: " + f);
                out = new Flags(out.bits | bit, out.keywords);
            } else {
                if (f.isEmpty() || f.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
                    throw new IllegalArgumentException("not a keyword: '" + f + "'");
                }
                out = out.plus(new Flags(0, List.of(f)));
            }
        }
        return out;
    }

    static Flags ofRow(int bits, String keywords) {
        List<String> k = new ArrayList<>();
        for (String s : keywords.split(" ")) if (!s.isEmpty()) k.add(s);
        return new Flags(bits, k);
    }

    private static int systemBit(String flag) {
        for (int i = 0; i < SYSTEM.length; i++) if (SYSTEM[i].equalsIgnoreCase(flag)) return 1 << i;
        return 0;
    }

    String keywordText() {
        return String.join(" ", keywords);
    }

    boolean seen() {
        return (bits & SEEN) != 0;
    }

    boolean deleted() {
        return (bits & DELETED) != 0;
    }

    Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < SYSTEM.length; i++) if ((bits & (1 << i)) != 0) out.add(SYSTEM[i]);
        out.addAll(keywords);
        return Set.copyOf(out);
    }

    Flags plus(Flags o) {
        List<String> k = new ArrayList<>(keywords);
        for (String w : o.keywords) if (indexOf(k, w) < 0) k.add(w);
        return new Flags(bits | o.bits, k);
    }

    Flags minus(Flags o) {
        List<String> k = new ArrayList<>(keywords);
        for (String w : o.keywords) {
            int i = indexOf(k, w);
            if (i >= 0) k.remove(i);
        }
        return new Flags(bits & ~o.bits, k);
    }

    /** Same flags, ignoring keyword order and case. */
    boolean sameAs(Flags o) {
        return bits == o.bits && keywords.size() == o.keywords.size() && plus(o).keywords.size() == keywords.size();
    }

    private static int indexOf(List<String> list, String keyword) {
        String lower = keyword.toLowerCase(Locale.ROOT);
        for (int i = 0; i < list.size(); i++) if (list.get(i).toLowerCase(Locale.ROOT).equals(lower)) return i;
        return -1;
    }
}
