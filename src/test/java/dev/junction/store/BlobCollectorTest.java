package dev.junction.store;

import dev.junction.mail.BodyType;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;
import dev.junction.queue.NewRecipient;
import dev.junction.queue.sql.SqlSpool;
import dev.junction.sql.Database;
import dev.junction.sql.TestDatabases;
import dev.junction.store.file.FileBlobStore;
import dev.junction.store.sql.SqlMailStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The collector takes old unreferenced blobs only: the real SQLite stores and blob files. */
class BlobCollectorTest {

    private static final Duration GRACE = Duration.ofHours(1);

    @TempDir
    Path dir;
    private Database db;
    private FileBlobStore blobs;
    private SqlMailStore mail;
    private SqlSpool spool;

    @BeforeEach
    void open() throws IOException {
        db = TestDatabases.sqlite(dir);
        blobs = new FileBlobStore(dir.resolve("blobs"));
        mail = new SqlMailStore(db);
        spool = new SqlSpool(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void oldUnreferencedBlobsGoAndReferencedOrYoungOnesStay() throws Exception {
        BlobRef inMailbox = put("in a mailbox");
        BlobRef queued = put("queued");
        BlobRef orphan = put("orphan");
        mail.deliver(1, "INBOX", inMailbox, Instant.now(), null, 0);
        MailAddress to = MailAddress.parse("a@example.org");
        Envelope env = new Envelope(null, List.of(Recipient.of(to)), null, null, BodyType.SEVEN_BIT, false, "h", "127.0.0.1",
                null, Instant.now());
        spool.enqueue(env, List.of(new NewRecipient(to, Recipient.of(to))), queued, 0);

        assertThat(collector(Instant.now()).collect()).as("all young").isZero();
        assertThat(collector(Instant.now().plus(GRACE).plusSeconds(60)).collect()).isEqualTo(1);
        assertThat(blobs.exists(orphan.id())).isFalse();
        assertThat(blobs.exists(inMailbox.id())).isTrue();
        assertThat(blobs.exists(queued.id())).isTrue();
    }

    @Test
    void theSameContentArrivingAgainMakesAnOldBlobYoung() throws Exception {
        BlobRef first = put("again and again");
        age(first, Duration.ofHours(3));
        assertThat(put("again and again")).isEqualTo(first);
        assertThat(collector(Instant.now()).collect()).isZero();
        assertThat(blobs.exists(first.id())).isTrue();
    }

    private BlobCollector collector(Instant now) {
        return new BlobCollector(blobs, List.of(mail, spool), GRACE, Clock.fixed(now, ZoneOffset.UTC));
    }

    private BlobRef put(String text) throws IOException {
        try (BlobSink sink = blobs.create()) {
            sink.write(text.getBytes(StandardCharsets.UTF_8));
            return sink.commit();
        }
    }

    private void age(BlobRef blob, Duration by) throws IOException {
        String hex = blob.id().hex();
        Path p = dir.resolve("blobs").resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(by)));
    }
}
