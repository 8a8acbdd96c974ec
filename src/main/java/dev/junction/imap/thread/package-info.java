/**
 * THREAD (RFC 5256) as pure functions: {@link dev.junction.imap.thread.ReferencesThreader} and
 * {@link dev.junction.imap.thread.OrderedSubjectThreader} turn the searched messages
 * ({@link dev.junction.imap.thread.ThreadMessage}: number, sent date, ids, base subject) into
 * trees of {@link dev.junction.imap.thread.ThreadNode}, and
 * {@link dev.junction.imap.thread.ThreadList} writes them in the response's thread-list syntax.
 * The caller (the THREAD command) reads the messages; nothing here does I/O.
 *
 * <p>Untrusted input: message ids, references and subjects of stored mail. Reference loops,
 * duplicate ids and chains as long as the mailbox are handled without recursion, so a crafted
 * mailbox cannot exhaust the stack. Settings read: none.
 */
package dev.junction.imap.thread;
