package dev.junction.smtp;

import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.BlobSink;
import dev.junction.store.BlobStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Blobs in memory; counts sinks opened and discarded so tests can see that nothing leaked. */
final class MemoryBlobStore implements BlobStore {

    final Map<BlobId, byte[]> blobs = new ConcurrentHashMap<>();
    final AtomicInteger discarded = new AtomicInteger();

    @Override
    public BlobSink create() {
        return new BlobSink() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            private boolean committed;

            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public long size() {
                return bytes.size();
            }

            @Override
            public BlobRef commit() {
                byte[] content = bytes.toByteArray();
                BlobId id = new BlobId(sha256(content));
                blobs.put(id, content);
                committed = true;
                return new BlobRef(id, content.length);
            }

            @Override
            public void close() {
                if (!committed) discarded.incrementAndGet();
            }
        };
    }

    @Override
    public InputStream open(BlobId id) throws NoSuchFileException {
        byte[] b = blobs.get(id);
        if (b == null) throw new NoSuchFileException(id.hex());
        return new ByteArrayInputStream(b);
    }

    @Override
    public boolean exists(BlobId id) {
        return blobs.containsKey(id);
    }

    @Override
    public void delete(BlobId id) {
        blobs.remove(id);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
