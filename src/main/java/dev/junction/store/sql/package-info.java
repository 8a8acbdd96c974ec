/**
 * The mail store kept in the metadata database ({@link dev.junction.sql.Database}): mailboxes
 * with UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ and STATUS counters (RFC 9051, RFC 7162), messages with
 * flags, subscriptions, per-account usage for quota (RFC 9208) updated in the same transaction as
 * every add and removal, delivery keys that make a retried delivery a no-op, expunged UIDs kept
 * for QRESYNC, and the POP3 maildrop lease. {@link dev.junction.store.sql.SqlMailStore} is the
 * entry point; the other classes hold the SQL of one concern each.
 * Untrusted input: mailbox names, flags and keywords, all bound as parameters.
 * Settings: none of its own (the database's store.* settings).
 */
package dev.junction.store.sql;
