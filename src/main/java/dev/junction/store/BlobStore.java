package dev.junction.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * Immutable message bodies by content hash. Bodies are streamed in, never held whole in memory.
 * A blob is durable (fsync'd file and directory) once {@link BlobSink#commit()} returns.
 * Writers store the blob first and commit metadata second; orphans are collected later.
 */
public interface BlobStore {

    /** Starts a new blob; write the bytes, then commit (or close to discard). */
    BlobSink create() throws IOException;

    /** @throws java.nio.file.NoSuchFileException when the blob does not exist */
    InputStream open(BlobId id) throws IOException;

    boolean exists(BlobId id);

    void delete(BlobId id) throws IOException;
}
