package dev.junction.sql;

import dev.junction.config.Config;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Databases for the backend contract tests: SQLite in a temp dir, or a fresh PostgreSQL schema
 * on 127.0.0.1:5432 (database {@code test}, trust auth) that is dropped afterwards. Without a
 * reachable PostgreSQL the PostgreSQL runs fail (./run-tests starts the local server); a
 * developer without one opts out explicitly with JUNCTION_TEST_POSTGRES=skip.
 * JUNCTION_TEST_PG_URL overrides the server URL.
 */
public final class TestDatabases {

    private static final String PG_URL = System.getenv().getOrDefault("JUNCTION_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");

    private TestDatabases() {
    }

    public static Database sqlite(Path dataDir) {
        return Database.open(Config.of(Map.of("node.data_dir", dataDir.toString(), "store.pool_size", "4")));
    }

    /** A database in a schema of its own; closing it drops the schema. */
    public static final class Postgres implements AutoCloseable {

        private final String user;
        private final String schema;
        private final Database database;
        private final List<Database> more = new java.util.ArrayList<>();

        private Postgres(String user, String schema) {
            this.user = user;
            this.schema = schema;
            this.database = open();
        }

        /** The store settings of this schema, for a node that should run on it. */
        public Map<String, String> settings() {
            return Map.of("store.url", PG_URL, "store.user", user, "store.schema", schema, "store.pool_size", "4");
        }

        private Database open() {
            return Database.open(Config.of(settings()));
        }

        public Database database() {
            return database;
        }

        /** Another pool on the same schema, as a second node or a restarted one has; closed with this. */
        public Database another() {
            Database d = open();
            more.add(d);
            return d;
        }

        @Override
        public void close() throws SQLException {
            more.forEach(Database::close);
            database.close();
            try (Connection c = DriverManager.getConnection(PG_URL, user, ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    public static Postgres postgres() {
        String schema = "jt_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return new Postgres(postgresUser(), schema);
    }

    private static String postgresUser() {
        for (String user : List.of(System.getProperty("user.name"), "postgres")) {
            try (Connection c = DriverManager.getConnection(PG_URL, user, "")) {
                return user;
            } catch (SQLException e) {
                // try the next user name
            }
        }
        if ("skip".equals(System.getenv("JUNCTION_TEST_POSTGRES"))) {
            Assumptions.abort("JUNCTION_TEST_POSTGRES=skip and no PostgreSQL reachable at " + PG_URL);
        }
        throw new IllegalStateException("no PostgreSQL reachable at " + PG_URL
                + " (start it, or set JUNCTION_TEST_POSTGRES=skip to leave the PostgreSQL runs out)");
    }
}
