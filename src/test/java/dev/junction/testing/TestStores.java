package dev.junction.testing;

import dev.junction.directory.Account;
import dev.junction.directory.sql.SqlDirectory;
import dev.junction.mail.BodyType;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;
import dev.junction.queue.NewRecipient;
import dev.junction.queue.QueueEntry;
import dev.junction.queue.QueuedRecipient;
import dev.junction.queue.sql.SqlSpool;
import dev.junction.sql.Database;
import dev.junction.sql.TestDatabases;
import dev.junction.store.BlobRef;
import dev.junction.store.BlobSink;
import dev.junction.store.BlobStore;
import dev.junction.store.StoredMessage;
import dev.junction.store.file.FileBlobStore;
import dev.junction.store.sql.SqlMailStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A node's real storage in a temp dir: SQLite metadata (directory, mail store, spool) and file
 * blobs, as a single-node deployment has it. Closing it closes the database; the files stay for
 * a reopen (a restart) until the temp dir goes.
 */
public record TestStores(Path dir, Database database, SqlDirectory directory, SqlMailStore mailStore, SqlSpool spool,
                         FileBlobStore blobs) implements AutoCloseable {

    /** When {@link #queued} entries were received, and when their recipients are next due. */
    public static final Instant RECEIVED = Instant.parse("2026-11-29T20:00:00Z");
    public static final Instant NEXT_ATTEMPT = Instant.parse("2026-11-29T21:00:00Z");

    public static TestStores open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    public static TestStores open(Path dir, Clock clock) {
        Database db = TestDatabases.sqlite(dir);
        try {
            return new TestStores(dir, db, new SqlDirectory(db), new SqlMailStore(db, clock), new SqlSpool(db, clock),
                    new FileBlobStore(dir.resolve("blobs")));
        } catch (IOException e) {
            db.close();
            throw new UncheckedIOException(e);
        }
    }

    /** Stores in a new temp dir of their own, for a test server; {@link #closeAndDelete()} removes it. */
    public static TestStores temporary(String prefix) {
        try {
            return open(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the database and deletes the directory with everything in it. */
    public void closeAndDelete() {
        close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores text as a committed blob. */
    public static BlobRef put(BlobStore blobs, String content) {
        try (BlobSink sink = blobs.create()) {
            sink.write(content.getBytes(StandardCharsets.UTF_8));
            return sink.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A blob's content as text. */
    public static String text(BlobStore blobs, BlobRef blob) {
        try (InputStream in = blobs.open(blob.id())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BlobRef put(String content) {
        return put(blobs, content);
    }

    public String text(BlobRef blob) {
        return text(blobs, blob);
    }

    /** Files under the blob store, finished or half-written: 0 means nothing stored and no write left behind. */
    public long blobFiles() {
        try (Stream<Path> files = Files.walk(dir.resolve("blobs"))) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An account with its default mailboxes, in a domain added if new (what the admin API does). */
    public Account account(String address, String password, long quotaBytes) {
        MailAddress a = MailAddress.parse(address);
        if (!directory.isLocalDomain(a.domain())) directory.addDomain(a.domain());
        Account account = directory.addAccount(a, a.localPart(), password.toCharArray(), quotaBytes);
        mailStore.createDefaultMailboxes(account.id());
        return account;
    }

    /** The messages in an account's INBOX. */
    public List<StoredMessage> inbox(long accountId) {
        return mailStore.mailbox(accountId, "INBOX").map(b -> mailStore.messages(b.id())).orElse(List.of());
    }

    /**
     * An entry as the queue listings show one: received at {@link #RECEIVED}, 1,234 bytes, each
     * recipient pending after two attempts answered "451 4.3.0 try later", next due at
     * {@link #NEXT_ATTEMPT}.
     */
    public QueueEntry queued(String queueId, String sender, String... recipients) {
        List<Recipient> rcpts = Arrays.stream(recipients).map(r -> Recipient.of(MailAddress.parse(r))).toList();
        Envelope env = new Envelope(MailAddress.parse(sender), rcpts, null, null, BodyType.SEVEN_BIT, false, "client.example",
                "192.0.2.1", null, RECEIVED);
        QueueEntry e = spool.enqueue(queueId, env, rcpts.stream().map(r -> new NewRecipient(r.address(), r)).toList(),
                put("x".repeat(1234)), 0);
        for (QueuedRecipient r : e.recipients()) {
            spool.recordDeferred(r.id(), "451 4.3.0 try later", NEXT_ATTEMPT);
            spool.recordDeferred(r.id(), "451 4.3.0 try later", NEXT_ATTEMPT);
        }
        return spool.get(queueId).orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }
}
