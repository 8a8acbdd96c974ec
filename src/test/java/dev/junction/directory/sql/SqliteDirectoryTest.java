package dev.junction.directory.sql;

import dev.junction.directory.Directory;
import dev.junction.directory.ExpansionContract;
import dev.junction.sql.Database;
import dev.junction.sql.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteDirectoryTest implements ExpansionContract {

    @TempDir
    Path dir;
    private Database db;
    private Directory directory;

    @Override
    public Directory directory() {
        if (directory == null) {
            db = TestDatabases.sqlite(dir);
            directory = new SqlDirectory(db);
        }
        return directory;
    }

    @AfterEach
    void close() {
        if (db != null) db.close();
    }
}
