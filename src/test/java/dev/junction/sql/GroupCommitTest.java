package dev.junction.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** SQLite writes share commits, and one failing writer undoes only its own work. */
class GroupCommitTest {

    @TempDir
    Path dir;

    static final class Refused extends Exception {
        Refused() {
            super("refused");
        }
    }

    @Test
    void writersQueuedBehindABatchShareTheNextCommitAndFailAlone() throws Exception {
        try (Database db = TestDatabases.sqlite(dir); ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            db.write(c -> Statements.update(c, "CREATE TABLE t (v TEXT PRIMARY KEY)"));
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Integer> blocking = pool.submit(() -> db.write(c -> {
                started.countDown();
                release.await();
                return Statements.update(c, "INSERT INTO t VALUES ('first')");
            }));
            started.await(); // the writer is inside the first batch: everything below queues for the next
            List<Future<?>> queued = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String v = "v" + i;
                queued.add(pool.submit(() -> db.write(c -> Statements.update(c, "INSERT INTO t VALUES (?)", v))));
            }
            Future<?> failing = pool.submit(() -> db.<Integer, Refused>write(c -> {
                Statements.update(c, "INSERT INTO t VALUES ('undone')");
                throw new Refused();
            }));
            Future<?> duplicate = pool.submit(() -> db.write(c -> Statements.update(c, "INSERT INTO t VALUES ('first')")));
            try {
                await().until(() -> queuedWriters(db) >= 22);
            } finally {
                release.countDown();
            }
            blocking.get();
            for (Future<?> f : queued) f.get();
            assertThatThrownBy(failing::get).hasCauseInstanceOf(Refused.class);
            assertThatThrownBy(duplicate::get).hasCauseInstanceOf(StorageException.class);

            List<String> rows = db.read(c -> Statements.list(c, "SELECT v FROM t ORDER BY v", r -> r.getString(1)));
            assertThat(rows).hasSize(21).contains("first", "v0", "v19").doesNotContain("undone");
        }
    }

    private static int queuedWriters(Database db) {
        return db.pendingWrites();
    }
}
