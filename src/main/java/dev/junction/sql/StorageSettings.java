package dev.junction.sql;

import dev.junction.config.Setting;
import dev.junction.config.SettingKind;

import java.time.Duration;
import java.util.List;

/** Where the metadata database lives and how the node talks to it. */
public final class StorageSettings {

    public static final Setting<String> URL = Setting.of("store.url", SettingKind.STRING, "",
            "JDBC URL of the metadata database; empty means SQLite at <node.data_dir>/junction.db, jdbc:postgresql://... selects PostgreSQL.");
    public static final Setting<String> USER = Setting.of("store.user", SettingKind.STRING, "",
            "PostgreSQL user name; empty means the driver's default (or the user in store.url).");
    public static final Setting<String> PASSWORD = Setting.of("store.password", SettingKind.SECRET, "",
            "PostgreSQL password; empty for none (trust, peer or a password in store.url).");
    public static final Setting<String> SCHEMA = Setting.of("store.schema", SettingKind.STRING, "",
            "PostgreSQL schema holding Junction's tables, created if missing; empty means the connection's default (public).");
    public static final Setting<Integer> POOL_SIZE = Setting.bounded("store.pool_size", SettingKind.INT, "8", 1, 256,
            "Most open database connections of this node.");
    public static final Setting<Duration> BUSY_TIMEOUT = Setting.bounded("store.busy_timeout", SettingKind.DURATION, "10s",
            1, 600_000, "How long SQLite waits for a lock held by another process before failing the statement.");

    public static final Setting<Duration> HOUSEKEEPING_INTERVAL = Setting.bounded("store.housekeeping_interval", SettingKind.DURATION,
            "1h", 60_000, 7 * 86_400_000L,
            "How often unreferenced message blobs (relayed, bounced, removed mail) are deleted, the cached"
            + " structures of removed messages dropped and old delivery keys forgotten.");
    public static final Setting<Duration> BLOB_GC_GRACE = Setting.bounded("store.blob_gc_grace", SettingKind.DURATION, "1h",
            60_000, 7 * 86_400_000L, "A blob younger than this is never collected: time for a writer to record its reference.");

    public static final List<Setting<?>> ALL = List.of(URL, USER, PASSWORD, SCHEMA, POOL_SIZE, BUSY_TIMEOUT,
            HOUSEKEEPING_INTERVAL, BLOB_GC_GRACE);

    private StorageSettings() {
    }
}
