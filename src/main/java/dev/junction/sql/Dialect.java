package dev.junction.sql;

import dev.junction.config.ConfigException;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * The few places where SQLite and PostgreSQL differ. Everything else is one SQL text for both:
 * {@code INSERT ... RETURNING}, {@code ON CONFLICT DO NOTHING} and conditional
 * {@code UPDATE ... RETURNING} are understood by both engines.
 */
public enum Dialect {

    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The dialect a JDBC URL selects. */
    public static Dialect forUrl(String url) {
        if (url.startsWith("jdbc:sqlite:")) return SQLITE;
        if (url.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new ConfigException(List.of(StorageSettings.URL.key() + ": '" + url
                + "' is neither jdbc:sqlite: nor jdbc:postgresql:"));
    }

    /** Flyway location of this dialect's migrations. */
    public String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /**
     * SQLite allows one writer per database file; queueing writers on an in-process lock is
     * cheaper and fairer than letting them spin on SQLITE_BUSY. PostgreSQL locks rows itself.
     */
    public boolean serialisesWriters() {
        return this == SQLITE;
    }

    /**
     * Driver properties for each new connection. SQLite: WAL so readers never block the writer,
     * synchronous=FULL so a commit is fsync'd before it returns (SMTP says 250 only after it).
     */
    public Properties connectionProperties(Duration busyTimeout) {
        Properties p = new Properties();
        if (this == SQLITE) {
            p.setProperty("journal_mode", "WAL");
            p.setProperty("synchronous", "FULL");
            p.setProperty("foreign_keys", "true");
            p.setProperty("busy_timeout", Long.toString(busyTimeout.toMillis()));
        }
        return p;
    }

    /** True when the failure is a unique or primary key violation. */
    public boolean isUniqueViolation(SQLException e) {
        return switch (this) {
            // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555)
            case SQLITE -> e.getErrorCode() == 19 || e.getErrorCode() == 2067 || e.getErrorCode() == 1555
                    || String.valueOf(e.getMessage()).contains("UNIQUE constraint failed");
            case POSTGRESQL -> "23505".equals(e.getSQLState());
        };
    }
}
