package dev.junction.store;

import dev.junction.store.file.FileBlobStore;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes blobs that nothing refers to any more: relayed and bounced messages once their queue
 * entry is gone, messages removed from every mailbox. Writers store the blob before the row that
 * refers to it, so only blobs older than a grace period are candidates; a blob published again
 * (the same content arriving anew) is made young by the store, and deletion re-checks its age
 * under the store's lock, so a blob about to be referenced is never taken.
 */
public final class BlobCollector {

    private static final Logger LOG = Logger.getLogger("junction.store");

    private final FileBlobStore blobs;
    private final List<BlobReferences> referrers;
    private final Duration grace;
    private final Clock clock;

    public BlobCollector(FileBlobStore blobs, List<BlobReferences> referrers, Duration grace, Clock clock) {
        this.blobs = blobs;
        this.referrers = List.copyOf(referrers);
        this.grace = grace;
        this.clock = clock;
    }

    /** One pass; returns the number of blobs deleted. */
    public long collect() throws IOException {
        Instant cutoff = clock.instant().minus(grace);
        AtomicLong deleted = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        blobs.forEachOlderThan(cutoff, (id, size) -> {
            if (referrers.stream().anyMatch(r -> r.references(id))) return;
            try {
                if (blobs.deleteIfOlderThan(id, cutoff)) {
                    deleted.incrementAndGet();
                    bytes.addAndGet(size);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "blob collector: cannot delete " + id, e);
            }
        });
        if (deleted.get() > 0) LOG.info("blob collector: removed " + deleted + " unreferenced blobs, " + bytes + " bytes");
        return deleted.get();
    }
}
