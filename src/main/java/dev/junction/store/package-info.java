/**
 * The mail store and blob store interfaces (ARCHITECTURE.md, Storage; docs/adr/mail-store-imap.md).
 * Delivery ({@link dev.junction.store.MailStore}), the mailbox hierarchy
 * ({@link dev.junction.store.MailboxTree}), IMAP message operations
 * ({@link dev.junction.store.MailboxMessages}: RFC 9051, RFC 7162, RFC 4315, RFC 6851), POP3
 * ({@link dev.junction.store.Maildrops}: RFC 1939) and the change feed
 * ({@link dev.junction.store.MailboxChanges}). Backends live in sub-packages.
 * Untrusted input: mailbox names ({@link dev.junction.store.MailboxName} validates them), flags
 * and keywords. Mailbox ids must come from the session's own account lookups: only COPY and MOVE
 * check that two mailboxes share an account.
 * Settings: none.
 */
package dev.junction.store;
