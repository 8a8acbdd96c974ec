package dev.junction.store.file;

import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.BlobSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileBlobStoreTest {

    @TempDir
    Path root;
    private FileBlobStore store;

    @BeforeEach
    void open() throws IOException {
        store = new FileBlobStore(root);
    }

    @Test
    void contentsRoundTripUnderTheirSha256() throws Exception {
        byte[] body = new byte[300_000];
        new Random(7).nextBytes(body);
        BlobRef ref = write(body);
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        assertThat(ref).isEqualTo(new BlobRef(new BlobId(hex), body.length));
        assertThat(Files.exists(root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex))).isTrue();
        assertThat(store.exists(ref.id())).isTrue();
        try (InputStream in = store.open(ref.id())) {
            assertThat(in.readAllBytes()).isEqualTo(body);
        }
    }

    @Test
    void singleByteAndArrayWritesHashAlike() throws Exception {
        byte[] body = "Subject: hi\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        BlobRef a;
        try (BlobSink sink = store.create()) {
            for (byte b : body) sink.write(b);
            assertThat(sink.size()).isEqualTo(body.length);
            a = sink.commit();
        }
        assertThat(write(body)).isEqualTo(a);
    }

    @Test
    void identicalBodiesAreStoredOnce() throws Exception {
        byte[] body = "same".getBytes(StandardCharsets.US_ASCII);
        BlobRef a = write(body);
        BlobRef b = write(body);
        assertThat(b).isEqualTo(a);
        assertThat(blobFiles()).hasSize(1);
        assertThat(tempFiles()).isZero();
    }

    @Test
    void closingWithoutCommitDiscardsTheBytes() throws Exception {
        try (BlobSink sink = store.create()) {
            sink.write("half a message".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(blobFiles()).isEmpty();
        assertThat(tempFiles()).isZero();
    }

    @Test
    void aSinkIsUnusableAfterCommit() throws Exception {
        BlobSink sink = store.create();
        sink.write(1);
        sink.commit();
        assertThatThrownBy(() -> sink.write(2)).isInstanceOf(IOException.class);
        sink.close();
        assertThat(blobFiles()).hasSize(1);
    }

    @Test
    void deleteRemovesAndMissingBlobsSaySo() throws Exception {
        BlobRef ref = write(new byte[] {1, 2, 3});
        store.delete(ref.id());
        assertThat(store.exists(ref.id())).isFalse();
        assertThatThrownBy(() -> store.open(ref.id())).isInstanceOf(NoSuchFileException.class);
        store.delete(ref.id());
    }

    @Test
    void leftoversOfAnInterruptedWriteAreRemovedOnOpen() throws Exception {
        BlobSink abandoned = store.create();
        abandoned.write(new byte[] {9});
        assertThat(tempFiles()).isEqualTo(1);
        new FileBlobStore(root);
        assertThat(tempFiles()).isZero();
        abandoned.close();
    }

    private BlobRef write(byte[] body) throws IOException {
        try (BlobSink sink = store.create()) {
            sink.write(body);
            return sink.commit();
        }
    }

    private java.util.List<Path> blobFiles() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith("tmp")).toList();
        }
    }

    private long tempFiles() throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("tmp"))) {
            return s.count();
        }
    }
}
