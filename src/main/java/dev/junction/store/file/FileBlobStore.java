package dev.junction.store.file;

import dev.junction.config.Config;
import dev.junction.config.NodeSettings;
import dev.junction.store.BlobId;
import dev.junction.store.BlobSink;
import dev.junction.store.BlobStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Blobs as files named by their SHA-256: {@code <root>/ab/cd/abcd...}. Two levels of 256
 * directories keep each directory small. A blob is written under {@code <root>/tmp} (the same
 * file system, so the final rename is atomic) and published by {@link FileBlobSink#commit()}.
 */
public final class FileBlobStore implements BlobStore {

    private final Path root;
    private final Path tmp;
    /** Publishing and collecting one blob exclude each other (striped by id). */
    private final ReentrantLock[] locks = new ReentrantLock[64];

    /** Opens (creating if needed) the store at {@code root}; leftovers of interrupted writes are removed. */
    public FileBlobStore(Path root) throws IOException {
        this.root = root.toAbsolutePath();
        this.tmp = this.root.resolve("tmp");
        for (int i = 0; i < locks.length; i++) locks[i] = new ReentrantLock();
        Files.createDirectories(tmp);
        removeLeftovers();
    }

    /** The store at {@code <node.data_dir>/blobs}. */
    public static FileBlobStore open(Config config) throws IOException {
        return new FileBlobStore(config.get(NodeSettings.DATA_DIR).resolve("blobs"));
    }

    @Override
    public BlobSink create() throws IOException {
        return new FileBlobSink(this, Files.createTempFile(tmp, "blob-", ".part"));
    }

    @Override
    public InputStream open(BlobId id) throws IOException {
        return Files.newInputStream(path(id));
    }

    @Override
    public boolean exists(BlobId id) {
        return Files.isRegularFile(path(id));
    }

    @Override
    public void delete(BlobId id) throws IOException {
        Path p = path(id);
        if (Files.deleteIfExists(p)) syncDirectory(p.getParent());
    }

    /** Calls back with every blob (and its size) last published before {@code cutoff}. */
    public void forEachOlderThan(Instant cutoff, BiConsumer<BlobId, Long> action) throws IOException {
        try (Stream<Path> files = Files.find(root, 3, (p, a) -> a.isRegularFile() && !p.startsWith(tmp)
                && a.lastModifiedTime().toInstant().isBefore(cutoff))) {
            files.forEach(p -> {
                BlobId id;
                try {
                    id = new BlobId(p.getFileName().toString());
                } catch (IllegalArgumentException e) {
                    return; // not a blob (an administrator's file); leave it
                }
                try {
                    action.accept(id, Files.size(p));
                } catch (IOException e) {
                    // deleted meanwhile
                }
            });
        }
    }

    /** Deletes the blob if it was last published before {@code cutoff}; false when it is younger or gone. */
    public boolean deleteIfOlderThan(BlobId id, Instant cutoff) throws IOException {
        Path p = path(id);
        ReentrantLock lock = lock(id);
        lock.lock();
        try {
            if (!Files.exists(p) || !Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) return false;
            Files.delete(p);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock lock(BlobId id) {
        return locks[Math.floorMod(id.hex().hashCode(), locks.length)];
    }

    Path path(BlobId id) {
        String hex = id.hex();
        return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    /**
     * Moves a finished temp file to its content address. The file's bytes are already fsync'd;
     * fsyncing the directories (those just created too) makes the new name survive a crash.
     */
    void publish(Path temp, BlobId id) throws IOException {
        Path target = path(id);
        ReentrantLock lock = lock(id);
        lock.lock();
        try {
            if (Files.exists(target)) {
                // Same content again: make the blob young so the collector leaves it for the new reference.
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                Files.delete(temp);
                return;
            }
        } finally {
            lock.unlock();
        }
        Path dir = target.getParent();
        boolean newDirs = !Files.isDirectory(dir);
        Files.createDirectories(dir);
        Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(dir);
        if (newDirs) {
            syncDirectory(dir.getParent());
            syncDirectory(root);
        }
    }

    private static void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    private void removeLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            files.forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
