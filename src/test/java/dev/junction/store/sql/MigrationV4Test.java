package dev.junction.store.sql;

import dev.junction.sql.Database;
import dev.junction.sql.TestDatabases;
import dev.junction.store.MailboxStatus;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** V4 keeps what V3 stored: subscriptions move to their own table, STATUS counters are filled in. */
class MigrationV4Test {

    @TempDir
    Path dir;

    @Test
    void existingMailboxesKeepSubscriptionsAndGetCounters() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("junction.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO mailboxes (id, account_id, name, uidvalidity, uidnext, highestmodseq, subscribed)"
                    + " VALUES (1, 7, 'INBOX', 100, 4, 9, 1), (2, 7, 'Old', 101, 1, 1, 0)");
            s.execute("INSERT INTO messages (mailbox_id, uid, modseq, blob_id, size, internaldate, system_flags)"
                    + " VALUES (1, 1, 2, 'a', 10, 0, 1), (1, 2, 3, 'b', 20, 0, 8), (1, 3, 4, 'c', 40, 0, 0)");
        }
        try (Database db = TestDatabases.sqlite(dir)) {
            SqlMailStore store = new SqlMailStore(db);
            assertThat(store.mailbox(7, "INBOX").orElseThrow().subscribed()).isTrue();
            assertThat(store.mailbox(7, "Old").orElseThrow().subscribed()).isFalse();
            assertThat(store.mailbox(7, "Old").orElseThrow().selectable()).isTrue();
            // V7: messages stored before it are not \Recent, so the watermark starts at the last UID.
            assertThat(store.status(1)).isEqualTo(new MailboxStatus(3, 4, 100, 2, 1, 70, 9, 2, 3, 0));
            assertThat(store.status(2)).isEqualTo(new MailboxStatus(0, 1, 101, 0, 0, 0, 1, 0, 0, 0));
        }
    }
}
