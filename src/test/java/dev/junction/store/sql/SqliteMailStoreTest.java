package dev.junction.store.sql;

import dev.junction.sql.Database;
import dev.junction.sql.TestDatabases;
import dev.junction.store.MailStoreContract;
import dev.junction.store.StoreViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

class SqliteMailStoreTest implements MailStoreContract {

    @TempDir
    Path dir;
    private final List<Database> open = new ArrayList<>();
    private StoreViews views;

    @BeforeEach
    void open() {
        views = storeOn(TestDatabases.sqlite(dir));
    }

    private StoreViews storeOn(Database db) {
        open.add(db);
        SqlMailStore s = new SqlMailStore(db);
        return StoreViews.of(s, s.changes());
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    @Override
    public StoreViews views() {
        return views;
    }

    @Override
    public StoreViews another() {
        return storeOn(TestDatabases.sqlite(dir));
    }
}
