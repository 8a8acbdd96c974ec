package dev.junction.imap.protocol;

import java.time.LocalDate;
import java.util.List;

/**
 * The SEARCH criteria tree (RFC 9051 6.4.4, RFC 3501 NEW/OLD/RECENT, RFC 7162 MODSEQ, RFC 5032
 * OLDER/YOUNGER). Shorthand keys become their meaning: UNSEEN is {@code Flag(\Seen, false)},
 * NEW is {@code And(Flag(\Recent), Flag(\Seen, false))}, FROM is {@code Header("From", ...)}.
 * A list of keys is their {@link And}.
 */
public sealed interface SearchKey {

    record All() implements SearchKey {
    }

    /** A system flag ({@code \Seen}) or keyword is set ({@code set}) or not. */
    record Flag(String flag, boolean set) implements SearchKey {
    }

    /** The header field contains the value (empty value: the field exists). */
    record Header(String field, String value) implements SearchKey {
    }

    record Body(String text) implements SearchKey {
    }

    /** Header or body contains the text. */
    record Text(String text) implements SearchKey {
    }

    /** BEFORE/ON/SINCE on the internal date, SENTBEFORE/SENTON/SENTSINCE on the Date: header. */
    record Date(Field field, Comparison comparison, LocalDate date) implements SearchKey {

        public enum Field { INTERNAL, SENT }

        public enum Comparison { BEFORE, ON, SINCE }
    }

    /** LARGER ({@code larger}) or SMALLER than the size in octets. */
    record Size(boolean larger, long octets) implements SearchKey {
    }

    /** OLDER ({@code older}) or YOUNGER than the number of seconds (RFC 5032). */
    record Age(boolean older, long seconds) implements SearchKey {
    }

    /** A sequence set, or {@code UID} set. */
    record Sequence(SequenceSet set, boolean uid) implements SearchKey {
    }

    /**
     * MODSEQ (RFC 7162 3.1.5); {@code entryName} (a {@code /flags/...} name) and
     * {@code entryType} (priv, shared, all) are null when absent.
     */
    record ModSeq(String entryName, String entryType, long modSeq) implements SearchKey {
    }

    record Not(SearchKey key) implements SearchKey {
    }

    record Or(SearchKey left, SearchKey right) implements SearchKey {
    }

    record And(List<SearchKey> keys) implements SearchKey {
        public And {
            keys = List.copyOf(keys);
        }
    }
}
