package dev.junction.store.sql;

import dev.junction.sql.TestDatabases;
import dev.junction.store.MailStore;
import dev.junction.store.MailStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class PostgresMailStoreTest implements MailStoreContract {

    private TestDatabases.Postgres pg;
    private MailStore store;

    @BeforeEach
    void open() {
        pg = TestDatabases.postgres();
        store = new SqlMailStore(pg.database());
    }

    @AfterEach
    void close() throws Exception {
        if (pg != null) pg.close();
    }

    @Override
    public MailStore store() {
        return store;
    }
}
