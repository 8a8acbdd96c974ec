package dev.junction.imap.message;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A raw message parsed once: its size and the {@link BodyPart} tree with byte offsets into the
 * raw bytes. Parse with {@link #parse}; cache with {@link #encode()} / {@link #decode} (the caller
 * chooses where). Parsing streams: heap use depends on the number of parts and the header sizes,
 * not on the size of bodies.
 *
 * @param size       octets of the raw message (RFC822.SIZE when stored with CRLF line ends)
 * @param references the raw References header of the message, or null: with the envelope's
 *                   In-Reply-To and Message-ID it is what THREAD=REFERENCES needs (RFC 5256)
 */
public record MessageStructure(long size, BodyPart root, String references) {

    /** Parses the raw message (RFC 5322 + MIME). Malformed MIME never throws, only I/O errors do. */
    public static MessageStructure parse(InputStream raw) throws IOException {
        return StructureParser.parse(raw);
    }

    /** A compact text form for caching; {@link #decode} reads it back. */
    public String encode() {
        return StructureCodec.encode(this);
    }

    /** @throws IllegalArgumentException when the text is not a structure this version wrote */
    public static MessageStructure decode(String encoded) {
        return StructureCodec.decode(encoded);
    }

    /** The envelope of the message itself. */
    public MessageEnvelope envelope() {
        return root.envelope();
    }

    /**
     * The parent chain for THREAD=REFERENCES (RFC 5256 section 3): the message ids of References,
     * or when there are none the first of In-Reply-To; oldest first.
     */
    public List<String> threadReferences() {
        List<String> ids = MessageIds.parse(references);
        return ids.isEmpty() ? MessageIds.parse(envelope().inReplyTo()).stream().limit(1).toList() : ids;
    }
}
