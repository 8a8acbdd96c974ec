package dev.junction.store.sql;

import dev.junction.sql.Database;
import dev.junction.sql.TestDatabases;
import dev.junction.store.MailStore;
import dev.junction.store.MailStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class SqliteMailStoreTest implements MailStoreContract {

    @TempDir
    Path dir;
    private Database db;
    private MailStore store;

    @BeforeEach
    void open() {
        db = TestDatabases.sqlite(dir);
        store = new SqlMailStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    public MailStore store() {
        return store;
    }
}
