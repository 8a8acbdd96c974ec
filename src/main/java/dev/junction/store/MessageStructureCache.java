package dev.junction.store;

import java.util.Collection;
import java.util.Map;

/**
 * Parsed message structures kept across restarts, by blob: IMAP parses a message's MIME tree once
 * and keeps the result here as text the store does not read. A structure depends only on the
 * octets, so every copy of a message shares one entry; entries whose blob no message refers to
 * any more are dropped by {@link #forgetUnreferencedStructures}, which housekeeping runs.
 */
public interface MessageStructureCache {

    /** The texts kept for those of the blobs that have one. */
    Map<BlobId, String> structures(Collection<BlobId> blobs);

    /** Keeps a text per blob, in one transaction, replacing any kept before. */
    void keepStructures(Map<BlobId, String> structures);

    /** Drops the entries of blobs that no message refers to; returns how many went. */
    int forgetUnreferencedStructures();
}
