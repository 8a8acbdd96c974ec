package dev.junction.imap.message;

import java.io.IOException;
import java.io.InputStream;

/**
 * A raw message parsed once: its size and the {@link BodyPart} tree with byte offsets into the
 * raw bytes. Parse with {@link #parse}; cache with {@link #encode()} / {@link #decode} (the caller
 * chooses where). Parsing streams: heap use depends on the number of parts and the header sizes,
 * not on the size of bodies.
 */
public record MessageStructure(long size, BodyPart root) {

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
}
