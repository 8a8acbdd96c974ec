package dev.junction.store;

import java.time.Instant;

/** The backend a contract runs on, and what its tests share. */
public interface StoreBackend {

    Instant DATE = Instant.parse("2025-03-01T10:15:30.123Z");

    /** The store under test. */
    StoreViews views();

    /**
     * A second store on its own connection pool to the same database: what another node, another
     * process, or this one after a restart sees.
     */
    StoreViews another();

    /** A blob reference for bookkeeping tests; the store never reads the bytes. */
    default BlobRef blob(int n, long size) {
        return new BlobRef(new BlobId("%064x".formatted(n)), size);
    }
}
