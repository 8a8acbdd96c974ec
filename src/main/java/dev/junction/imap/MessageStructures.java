package dev.junction.imap;

import dev.junction.imap.message.MessageStructure;
import dev.junction.imap.message.RawSource;
import dev.junction.store.BlobId;
import dev.junction.store.BlobStore;
import dev.junction.store.MessageStructureCache;
import dev.junction.store.StoredMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The parsed structure of stored messages, for FETCH, SEARCH, SORT and THREAD. A structure
 * depends only on the message's octets, so it is kept by blob: copies in other mailboxes share it.
 * A message is parsed once: the result goes to the store's {@link MessageStructureCache} (so it
 * survives restarts and is shared by every node on the database) and, for the most recently used,
 * to memory. Shared by every session of the server.
 */
final class MessageStructures {

    private static final Logger LOG = Logger.getLogger("junction.imap");
    private static final int IN_MEMORY = 20_000;

    private final BlobStore blobs;
    private final MessageStructureCache cache;
    private final Map<BlobId, MessageStructure> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BlobId, MessageStructure> eldest) {
            return size() > IN_MEMORY;
        }
    };

    MessageStructures(BlobStore blobs, MessageStructureCache cache) {
        this.blobs = blobs;
        this.cache = cache;
    }

    MessageStructure of(StoredMessage message) throws IOException {
        return of(List.of(message)).get(message.blob().id());
    }

    /**
     * The structures of several messages by blob, with one store read for those not in memory
     * and one store write for those that had to be parsed: callers pass a batch, not one at a time.
     */
    Map<BlobId, MessageStructure> of(Collection<StoredMessage> messages) throws IOException {
        Set<BlobId> wanted = new LinkedHashSet<>();
        messages.forEach(m -> wanted.add(m.blob().id()));
        Map<BlobId, MessageStructure> found = new HashMap<>();
        List<BlobId> missing = new ArrayList<>();
        synchronized (recent) {
            for (BlobId id : wanted) {
                MessageStructure known = recent.get(id);
                if (known != null) found.put(id, known);
                else missing.add(id);
            }
        }
        if (missing.isEmpty()) return found;
        Map<BlobId, String> kept = cache.structures(missing);
        Map<BlobId, String> parsed = new HashMap<>();
        Map<BlobId, MessageStructure> loaded = new HashMap<>();
        for (BlobId id : missing) {
            MessageStructure s = decode(id, kept.get(id));
            if (s == null) {
                s = parse(id);
                parsed.put(id, s.encode());
            }
            loaded.put(id, s);
        }
        keep(parsed);
        synchronized (recent) {
            recent.putAll(loaded);
        }
        found.putAll(loaded);
        return found;
    }

    /** The message's octets, opened anew on each call. */
    RawSource raw(StoredMessage message) {
        BlobId id = message.blob().id();
        return () -> blobs.open(id);
    }

    /** Null when nothing was kept, or the text is from another version of the encoding: parse again then. */
    private static MessageStructure decode(BlobId id, String text) {
        if (text == null) return null;
        try {
            return MessageStructure.decode(text);
        } catch (IllegalArgumentException e) {
            LOG.fine(() -> "structure of blob " + id + " parsed again: " + e.getMessage());
            return null;
        }
    }

    private MessageStructure parse(BlobId id) throws IOException {
        try (InputStream in = blobs.open(id)) {
            return MessageStructure.parse(in);
        }
    }

    /** A cache that cannot be written only costs a parse next time, so FETCH goes on. */
    private void keep(Map<BlobId, String> parsed) {
        if (parsed.isEmpty()) return;
        try {
            cache.keepStructures(parsed);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot keep " + parsed.size() + " parsed message structures", e);
        }
    }
}
