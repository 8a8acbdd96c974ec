package dev.junction.imap.protocol;

import java.util.List;

/**
 * One FETCH data item (RFC 9051 6.4.5, RFC 3501 RFC822.*, RFC 3516 BINARY, RFC 7162 MODSEQ).
 * The macros ALL, FAST and FULL arrive expanded into their items.
 */
public sealed interface FetchAttribute {

    enum Item implements FetchAttribute {
        ENVELOPE, FLAGS, INTERNALDATE, RFC822_SIZE, BODY, BODYSTRUCTURE, UID, MODSEQ,
        /** RFC 3501: BODY[] that sets \Seen. */
        RFC822,
        /** RFC 3501: BODY.PEEK[HEADER]. */
        RFC822_HEADER,
        /** RFC 3501: BODY[TEXT]. */
        RFC822_TEXT
    }

    /** {@code <offset.count>}. */
    record Partial(long offset, long count) {
    }

    /** BODY[section] or BODY.PEEK[section], with an optional partial (null). */
    record BodySection(Section section, boolean peek, Partial partial) implements FetchAttribute {
    }

    /** BINARY[part] or BINARY.PEEK[part] (RFC 3516), with an optional partial (null). */
    record Binary(List<Integer> part, boolean peek, Partial partial) implements FetchAttribute {
        public Binary {
            part = List.copyOf(part);
        }
    }

    /** BINARY.SIZE[part]. */
    record BinarySize(List<Integer> part) implements FetchAttribute {
        public BinarySize {
            part = List.copyOf(part);
        }
    }
}
