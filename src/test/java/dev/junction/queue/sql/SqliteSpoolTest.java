package dev.junction.queue.sql;

import dev.junction.queue.Spool;
import dev.junction.queue.SpoolContract;
import dev.junction.sql.Database;
import dev.junction.sql.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

class SqliteSpoolTest implements SpoolContract {

    @TempDir
    Path dir;
    private Database db;
    private Spool spool;

    @BeforeEach
    void open() {
        db = TestDatabases.sqlite(dir);
        spool = new SqlSpool(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    public Spool spool() {
        return spool;
    }
}
