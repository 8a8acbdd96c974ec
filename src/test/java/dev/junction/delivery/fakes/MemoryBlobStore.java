package dev.junction.delivery.fakes;

import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.BlobSink;
import dev.junction.store.BlobStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Blobs in a map (tests only). */
public final class MemoryBlobStore implements BlobStore {

    private final Map<BlobId, byte[]> blobs = new ConcurrentHashMap<>();

    public BlobRef put(String content) {
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        BlobId id = new BlobId(sha256(b));
        blobs.put(id, b);
        return new BlobRef(id, b.length);
    }

    public String text(BlobId id) {
        return new String(blobs.get(id), StandardCharsets.UTF_8);
    }

    @Override
    public BlobSink create() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        return new BlobSink() {
            @Override
            public void write(int b) {
                buf.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                buf.write(b, off, len);
            }

            @Override
            public long size() {
                return buf.size();
            }

            @Override
            public BlobRef commit() {
                return put(buf.toString(StandardCharsets.UTF_8));
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

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
