package dev.junction.store;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A blob being written. {@link #commit()} makes it durable and returns its reference;
 * closing without commit discards the bytes.
 */
public abstract class BlobSink extends OutputStream {

    /** Bytes written so far. */
    public abstract long size();

    /** Flushes, fsyncs and publishes the blob under its content hash. */
    public abstract BlobRef commit() throws IOException;
}
