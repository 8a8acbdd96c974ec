package dev.junction.imap.protocol;

import java.util.List;

/**
 * One FETCH data item (RFC 9051 6.4.5, RFC 3501 RFC822.*, RFC 3516 BINARY, RFC 7162 MODSEQ).
 * The macros ALL, FAST and FULL arrive expanded into their items.
 */
public sealed interface FetchAttribute {

    /**
     * The name this item has in a FETCH response (RFC 9051 7.5.2): PEEK dropped, a partial
     * shown by its origin only, e.g. {@code BODY[HEADER]<0>}.
     */
    String responseName();

    enum Item implements FetchAttribute {
        ENVELOPE, FLAGS, INTERNALDATE, RFC822_SIZE, BODY, BODYSTRUCTURE, UID, MODSEQ,
        /** RFC 3501: BODY[] that sets \Seen. */
        RFC822,
        /** RFC 3501: BODY.PEEK[HEADER]. */
        RFC822_HEADER,
        /** RFC 3501: BODY[TEXT]. */
        RFC822_TEXT;

        @Override
        public String responseName() {
            return name().replace('_', '.');
        }
    }

    /** {@code <offset.count>}. */
    record Partial(long offset, long count) {
    }

    /** BODY[section] or BODY.PEEK[section], with an optional partial (null). */
    record BodySection(Section section, boolean peek, Partial partial) implements FetchAttribute {

        @Override
        public String responseName() {
            return "BODY[" + section.spec() + "]" + origin(partial);
        }
    }

    /** BINARY[part] or BINARY.PEEK[part] (RFC 3516), with an optional partial (null). */
    record Binary(List<Integer> part, boolean peek, Partial partial) implements FetchAttribute {
        public Binary {
            part = List.copyOf(part);
        }

        @Override
        public String responseName() {
            return "BINARY[" + partSpec(part) + "]" + origin(partial);
        }
    }

    /** BINARY.SIZE[part]. */
    record BinarySize(List<Integer> part) implements FetchAttribute {
        public BinarySize {
            part = List.copyOf(part);
        }

        @Override
        public String responseName() {
            return "BINARY.SIZE[" + partSpec(part) + "]";
        }
    }

    private static String origin(Partial partial) {
        return partial == null ? "" : "<" + partial.offset() + ">";
    }

    private static String partSpec(List<Integer> part) {
        return Section.partSpec(part);
    }
}
