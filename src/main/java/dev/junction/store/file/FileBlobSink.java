package dev.junction.store.file;

import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.BlobSink;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Streams a blob to a temp file while hashing it; only a small buffer is held in memory.
 * Not thread-safe: one writer per sink.
 */
final class FileBlobSink extends BlobSink {

    private static final int BUFFER = 64 * 1024;

    private final FileBlobStore store;
    private final Path temp;
    private final FileChannel channel;
    private final MessageDigest sha256;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private long size;
    private boolean done;

    FileBlobSink(FileBlobStore store, Path temp) throws IOException {
        this.store = store;
        this.temp = temp;
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        ensureOpen();
        if (!buffer.hasRemaining()) drain();
        buffer.put((byte) b);
        sha256.update((byte) b);
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        sha256.update(b, off, len);
        size += len;
        while (len > 0) {
            if (!buffer.hasRemaining()) drain();
            int n = Math.min(len, buffer.remaining());
            buffer.put(b, off, n);
            off += n;
            len -= n;
        }
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public BlobRef commit() throws IOException {
        ensureOpen();
        drain();
        channel.force(true);
        channel.close();
        done = true;
        BlobId id = new BlobId(HexFormat.of().formatHex(sha256.digest()));
        try {
            store.publish(temp, id);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new BlobRef(id, size);
    }

    /** Without a commit, the bytes are discarded. */
    @Override
    public void close() throws IOException {
        if (done) return;
        done = true;
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) channel.write(buffer);
        buffer.clear();
    }

    private void ensureOpen() throws IOException {
        if (done) throw new IOException("blob already committed or closed");
    }
}
