package dev.junction.imap.message;

import java.io.IOException;
import java.io.InputStream;

/** Opens the raw message from its start, e.g. {@code () -> blobStore.open(blobId)}; may be called more than once. */
@FunctionalInterface
public interface RawSource {
    InputStream open() throws IOException;
}
