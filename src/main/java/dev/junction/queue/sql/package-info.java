/**
 * The spool kept in the metadata database ({@link dev.junction.sql.Database}): queue entries
 * with their full envelope (RFC 5321 paths, RFC 3461 ENVID/RET/ORCPT/NOTIFY, RFC 6152 BODY,
 * RFC 6531 SMTPUTF8), the RCPTs as given, and one state row per final recipient.
 * Untrusted input: envelope text from SMTP clients, stored as bound parameters only.
 * Settings: none of its own (the database's store.* settings).
 */
package dev.junction.queue.sql;
