package dev.junction.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.config.Config;
import dev.junction.config.ConfigException;
import dev.junction.config.NodeSettings;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

/**
 * The node's metadata database: a connection pool, the schema brought up to date by Flyway,
 * and transactions. The directory, mail store and spool share one Database.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.store");

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    /** Writers share commits on an engine with one writer at a time; null where the engine has many. */
    private final GroupCommit groupCommit;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.groupCommit = dialect.serialisesWriters() ? new GroupCommit(dataSource) : null;
    }

    /** Opens the database that {@code store.url} names and migrates its schema. */
    public static Database open(Config config) {
        String url = config.get(StorageSettings.URL).strip();
        if (url.isEmpty()) url = "jdbc:sqlite:" + sqliteFile(config.get(NodeSettings.DATA_DIR));
        Dialect dialect = Dialect.forUrl(url);
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("junction-store");
        hc.setJdbcUrl(url);
        hc.setMaximumPoolSize(config.get(StorageSettings.POOL_SIZE));
        hc.setMinimumIdle(1);
        hc.setDataSourceProperties(dialect.connectionProperties(config.get(StorageSettings.BUSY_TIMEOUT)));
        if (!config.get(StorageSettings.USER).isEmpty()) hc.setUsername(config.get(StorageSettings.USER));
        if (!config.get(StorageSettings.PASSWORD).isEmpty()) hc.setPassword(config.get(StorageSettings.PASSWORD));
        String schema = config.get(StorageSettings.SCHEMA).strip();
        if (dialect == Dialect.POSTGRESQL && !schema.isEmpty()) hc.setSchema(schema);
        HikariDataSource ds = new HikariDataSource(hc);
        try {
            var flyway = Flyway.configure().dataSource(ds).locations(dialect.migrations());
            if (dialect == Dialect.POSTGRESQL && !schema.isEmpty()) flyway.schemas(schema).createSchemas(true);
            var loaded = flyway.load();
            var result = loaded.migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : loaded.info().current().getVersion().getVersion();
            LOG.info(() -> "store: " + dialect + " schema at version " + version
                    + (result.migrationsExecuted > 0 ? " (" + result.migrationsExecuted + " migrations applied)" : ""));
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds, dialect);
    }

    private static Path sqliteFile(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new ConfigException(List.of(NodeSettings.DATA_DIR.key() + ": cannot create " + dataDir + ": " + e.getMessage()));
        }
        return dataDir.toAbsolutePath().resolve("junction.db");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Runs the work atomically and commits it; any exception undoes it. Returns only after the
     * commit is durable. On SQLite the work shares its transaction (and fsync) with the other
     * writers waiting at that moment, each in its own savepoint (see {@link GroupCommit}); the
     * work must not call write itself.
     */
    public <T, X extends Exception> T write(SqlWork<T, X> work) throws X {
        return groupCommit != null ? groupCommit.write(work) : inTransaction(work);
    }

    /** Writes waiting for their turn (SQLite); 0 where writers do not queue. */
    public int pendingWrites() {
        return groupCommit == null ? 0 : groupCommit.waiting();
    }

    /** Runs the work in one transaction that sees one consistent snapshot; it must not write. */
    public <T, X extends Exception> T read(SqlWork<T, X> work) throws X {
        return inTransaction(work);
    }

    private <T, X extends Exception> T inTransaction(SqlWork<T, X> work) throws X {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Throwable t) {
                rollback(c, t);
                throw t;
            }
        } catch (SQLException e) {
            throw new StorageException("database failure: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        if (groupCommit != null) groupCommit.close();
        dataSource.close();
    }
}
