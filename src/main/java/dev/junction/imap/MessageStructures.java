package dev.junction.imap;

import dev.junction.imap.message.MessageStructure;
import dev.junction.imap.message.RawSource;
import dev.junction.store.BlobId;
import dev.junction.store.BlobStore;
import dev.junction.store.StoredMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parsed structure of stored messages, for FETCH, SEARCH, SORT and THREAD. A structure
 * depends only on the message's octets, so it is kept by blob: copies in other mailboxes share it.
 * Shared by every session of the server; the most recently used structures stay in memory.
 */
final class MessageStructures {

    private static final int IN_MEMORY = 20_000;

    private final BlobStore blobs;
    private final Map<BlobId, MessageStructure> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BlobId, MessageStructure> eldest) {
            return size() > IN_MEMORY;
        }
    };

    MessageStructures(BlobStore blobs) {
        this.blobs = blobs;
    }

    MessageStructure of(StoredMessage message) throws IOException {
        BlobId id = message.blob().id();
        synchronized (recent) {
            MessageStructure known = recent.get(id);
            if (known != null) return known;
        }
        MessageStructure parsed;
        try (InputStream in = blobs.open(id)) {
            parsed = MessageStructure.parse(in);
        }
        synchronized (recent) {
            recent.put(id, parsed);
        }
        return parsed;
    }

    /** The message's octets, opened anew on each call. */
    RawSource raw(StoredMessage message) {
        BlobId id = message.blob().id();
        return () -> blobs.open(id);
    }
}
