package dev.junction.queue.sql;

import dev.junction.queue.Spool;
import dev.junction.queue.SpoolContract;
import dev.junction.sql.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.ZoneOffset;

class PostgresSpoolTest implements SpoolContract {

    private TestDatabases.Postgres pg;
    private Spool spool;

    @BeforeEach
    void open() {
        pg = TestDatabases.postgres();
        spool = new SqlSpool(pg.database(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        if (pg != null) pg.close();
    }

    @Override
    public Spool spool() {
        return spool;
    }
}
