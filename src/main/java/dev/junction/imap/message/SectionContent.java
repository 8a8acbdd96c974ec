package dev.junction.imap.message;

import java.util.List;

/** What a section resolves to, before any bytes are read (see {@link SectionResolver}). */
public sealed interface SectionContent {

    /** Octets [start, end) of the raw message, sent as they are. */
    record Range(long start, long end) implements SectionContent {
    }

    /** The fields of the header block [start, end) whose names are (or with {@code not}, are not) listed. */
    record HeaderFields(long start, long end, List<String> names, boolean not) implements SectionContent {
    }

    /** Octets [start, end) decoded from the transfer encoding, for BINARY (RFC 3516). */
    record Decoded(long start, long end, String encoding) implements SectionContent {
    }

    /** The part does not exist or has no such section: answered as an empty string, as Dovecot does. */
    record Missing() implements SectionContent {
    }

    /** BINARY on a part whose transfer encoding is unknown: NO [UNKNOWN-CTE] (RFC 3516 section 4.3). */
    record UnknownEncoding(String encoding) implements SectionContent {
    }
}
