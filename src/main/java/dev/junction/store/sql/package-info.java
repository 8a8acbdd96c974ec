/**
 * The mail store kept in the metadata database ({@link dev.junction.sql.Database}): mailboxes
 * with UIDVALIDITY, UIDNEXT and HIGHESTMODSEQ (RFC 3501, RFC 7162), messages with flags, per-account
 * usage for quota (RFC 9208) updated in the delivering transaction, delivery keys that make a
 * retried delivery a no-op, and expunged UIDs kept for QRESYNC.
 * Untrusted input: mailbox names (bound as parameters); message bytes live in the blob store.
 * Settings: none of its own (the database's store.* settings).
 */
package dev.junction.store.sql;
