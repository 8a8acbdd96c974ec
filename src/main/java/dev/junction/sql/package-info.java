/**
 * The metadata database shared by the directory, the mail store and the spool: a HikariCP pool,
 * Flyway migrations (src/main/resources/db/migration/{sqlite,postgresql}, the same tables in
 * each dialect's DDL) and write/read transactions. {@link dev.junction.sql.Dialect} holds the
 * few SQL differences; every query is written once for both engines.
 * SQLite runs in WAL mode with synchronous=FULL, so a committed transaction is on disk.
 * Untrusted input: none directly; callers bind every value as a statement parameter.
 * Settings: store.url, store.user, store.password, store.schema, store.pool_size,
 * store.busy_timeout, node.data_dir.
 */
package dev.junction.sql;
