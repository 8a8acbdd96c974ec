/**
 * POP3 (RFC 1939) with CAPA (RFC 2449), STLS (RFC 2595), implicit TLS (RFC 8314), AUTH PLAIN
 * (RFC 5034, RFC 4616) and the RFC 3206 response codes [AUTH], [IN-USE] and [SYS/TEMP].
 *
 * <p>Shape: one class per verb ({@code RetrCommand}, {@code DeleCommand}, ...), one
 * {@link dev.junction.pop3.CommandTable} saying in which state each verb is allowed and which need
 * TLS, a session that enforces it. Errors are the closed {@code Pop3Error} set, each mapped to one
 * -ERR line. The maildrop is the INBOX through {@link dev.junction.store.Maildrops}, locked for the
 * session (a second session gets -ERR [IN-USE]); DELE only marks, QUIT expunges through
 * {@link dev.junction.store.MailboxMessages#expunge}. Messages are streamed from the blob store,
 * dot-stuffed on the way ({@code MessageWriter}).
 *
 * <p>Untrusted input: command lines (bounded by pop3.max_line_length), logins and AUTH responses
 * (throttled across sessions by {@link dev.junction.auth.AuthThrottle}, pop3.max_auth_failures per
 * session), message numbers, connection counts, idle time and how fast the client reads (every
 * write bounded by pop3.idle_timeout through {@link dev.junction.net.WriteWatchdog}).
 *
 * <p>Settings read: {@link dev.junction.pop3.Pop3Settings} (pop3.*), node.hostname, and auth.*
 * through the throttle it is given.
 */
package dev.junction.pop3;
