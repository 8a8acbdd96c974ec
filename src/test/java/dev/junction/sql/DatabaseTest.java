package dev.junction.sql;

import dev.junction.config.Config;
import dev.junction.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void emptyUrlOpensSqliteInTheDataDirWithDurablePragmas() {
        try (Database db = TestDatabases.sqlite(dir)) {
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
            assertThat(Files.exists(dir.resolve("junction.db"))).isTrue();
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "synchronous")).isEqualTo("2"); // FULL
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "busy_timeout")).isEqualTo("10000");
        }
    }

    @Test
    void aFailedWriteRollsBack() {
        try (Database db = TestDatabases.sqlite(dir)) {
            assertThatThrownBy(() -> db.write(c -> {
                Statements.update(c, "INSERT INTO domains (name) VALUES (?)", "example.com");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(domains(db)).isZero();
        }
    }

    @Test
    void reopeningKeepsDataAndSchema() {
        try (Database db = TestDatabases.sqlite(dir)) {
            db.write(c -> Statements.update(c, "INSERT INTO domains (name) VALUES (?)", "example.com"));
        }
        try (Database db = TestDatabases.sqlite(dir)) {
            assertThat(domains(db)).isEqualTo(1);
        }
    }

    @Test
    void anUnknownUrlIsAConfigurationError() {
        assertThatThrownBy(() -> Database.open(Config.of(Map.of("store.url", "jdbc:mysql://db/x"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("store.url");
    }

    @Test
    void postgresqlUrlSelectsPostgresql() throws Exception {
        try (TestDatabases.Postgres pg = TestDatabases.postgres()) {
            assertThat(pg.database().dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(domains(pg.database())).isZero();
        }
    }

    private static long domains(Database db) {
        return db.read(c -> Statements.count(c, "SELECT COUNT(*) FROM domains"));
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> Statements.first(c, "PRAGMA " + name, r -> r.getString(1)).orElseThrow());
    }
}
