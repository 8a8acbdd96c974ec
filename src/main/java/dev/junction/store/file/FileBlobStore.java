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
import java.util.stream.Stream;

/**
 * Blobs as files named by their SHA-256: {@code <root>/ab/cd/abcd...}. Two levels of 256
 * directories keep each directory small. A blob is written under {@code <root>/tmp} (the same
 * file system, so the final rename is atomic) and published by {@link FileBlobSink#commit()}.
 */
public final class FileBlobStore implements BlobStore {

    private final Path root;
    private final Path tmp;

    /** Opens (creating if needed) the store at {@code root}; leftovers of interrupted writes are removed. */
    public FileBlobStore(Path root) throws IOException {
        this.root = root.toAbsolutePath();
        this.tmp = this.root.resolve("tmp");
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
        if (Files.exists(target)) {
            Files.delete(temp);
            return;
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
