package dev.junction.store.sql;

import dev.junction.sql.Database;
import dev.junction.sql.TestDatabases;
import dev.junction.store.MailStoreContract;
import dev.junction.store.StoreViews;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class PostgresMailStoreTest implements MailStoreContract {

    private TestDatabases.Postgres pg;
    private StoreViews views;

    @BeforeEach
    void open() {
        pg = TestDatabases.postgres();
        views = storeOn(pg.database());
    }

    private static StoreViews storeOn(Database db) {
        SqlMailStore s = new SqlMailStore(db);
        return StoreViews.of(s, s.changes());
    }

    @AfterEach
    void close() throws Exception {
        if (pg != null) pg.close();
    }

    @Override
    public StoreViews views() {
        return views;
    }

    @Override
    public StoreViews another() {
        return storeOn(pg.another());
    }
}
