/**
 * The IMAP server (RFC 9051 IMAP4rev2 with RFC 3501 compatibility): listeners with STARTTLS and
 * implicit TLS, one {@link dev.junction.imap.ImapSession} per connection on a virtual thread, a
 * {@link dev.junction.imap.CommandTable} row and one handler class per command, named after it
 * ({@code FetchCommand} answers FETCH and UID FETCH).
 *
 * <p>Grammar and response syntax live in {@link dev.junction.imap.protocol}, message content in
 * {@link dev.junction.imap.message}, mailboxes and messages behind the store seams
 * ({@link dev.junction.store.MailboxTree}, {@link dev.junction.store.MailboxMessages}). The
 * selected mailbox's view ({@link dev.junction.imap.SelectedMailbox}) keeps the sequence numbers
 * the client knows and catches up from the store when the change feed says something changed.
 *
 * <p>Untrusted input: every client octet (bounded by {@link dev.junction.imap.ImapSettings}).
 * Settings read: imap.*.
 */
package dev.junction.imap;
