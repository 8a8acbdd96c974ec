package dev.junction.e2e;

import dev.junction.smtp.ListenerRole;
import dev.junction.sql.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole node on the scale-out backend: directory, spool and mailboxes in PostgreSQL. */
class PostgresNodeTest {

    @TempDir
    Path dir;

    @Test
    void mailFlowsThroughANodeOnPostgres() throws Exception {
        try (TestDatabases.Postgres pg = TestDatabases.postgres()) {
            Map<String, String> settings = new HashMap<>(pg.settings());
            try (TestNode node = TestNode.start(dir.resolve("node"), "mx.pg.test", settings)) {
                node.domain("pg.test").account("alice@pg.test", "alice-pass");
                node.account("bob@pg.test", "bob-pass");

                Submit.send(node.port(ListenerRole.SUBMISSION), "alice@pg.test", "alice-pass", "bob@pg.test",
                        "on postgres", "stored in PostgreSQL\r\n");

                assertThat(node.text(node.awaitInbox("bob@pg.test", 1).getFirst()))
                        .startsWith("Return-Path: <alice@pg.test>\r\n").contains("stored in PostgreSQL\r\n");
                assertThat(node.node().spool().size()).isZero();
            }
            // The rows are in PostgreSQL, not in a file next to the node.
            assertThat(dir.resolve("node").resolve("junction.db")).doesNotExist();
            long messages = pg.database().read(c -> dev.junction.sql.Statements.first(c,
                    "SELECT COUNT(*) FROM messages", r -> r.getLong(1)).orElseThrow());
            assertThat(messages).isEqualTo(1);
        }
    }
}
