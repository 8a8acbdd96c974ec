/**
 * The directory kept in the metadata database ({@link dev.junction.sql.Database}): domains,
 * accounts with argon2id hashes, aliases, groups and their expansion.
 * Untrusted input: login names and passwords from AUTH, RCPT addresses to resolve; all values
 * are bound as statement parameters and an expansion visits a bounded number of addresses.
 * Settings: none of its own (the database's store.* settings).
 */
package dev.junction.directory.sql;
