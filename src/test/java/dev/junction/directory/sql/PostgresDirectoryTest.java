package dev.junction.directory.sql;

import dev.junction.directory.Directory;
import dev.junction.directory.ExpansionContract;
import dev.junction.sql.TestDatabases;
import org.junit.jupiter.api.AfterEach;

class PostgresDirectoryTest implements ExpansionContract {

    private TestDatabases.Postgres pg;
    private Directory directory;

    @Override
    public Directory directory() {
        if (directory == null) {
            pg = TestDatabases.postgres();
            directory = new SqlDirectory(pg.database());
        }
        return directory;
    }

    @AfterEach
    void close() throws Exception {
        if (pg != null) pg.close();
    }
}
