/**
 * Inbound SMTP (RFC 5321): the MX, submission (RFC 6409, STARTTLS RFC 3207) and submissions
 * (implicit TLS, RFC 8314) listeners, with PIPELINING (RFC 2920), SIZE (RFC 1870), 8BITMIME
 * (RFC 6152), SMTPUTF8 (RFC 6531), ENHANCEDSTATUSCODES (RFC 2034, RFC 3463), CHUNKING and
 * BINARYMIME (RFC 3030), DSN parameters (RFC 3461) and AUTH PLAIN/LOGIN (RFC 4954, RFC 4616).
 *
 * <p>Shape: one class per verb ({@code MailCommand}, {@code BdatCommand}, ...), one
 * {@link dev.junction.smtp.CommandTable} saying where each verb is allowed, a session that
 * enforces it; syntax ({@code CommandLine}, {@code PathArgument}, {@code DataDecoder}) is I/O-free.
 * Errors are the closed {@link dev.junction.smtp.SmtpError} set, each mapped to one reply.
 *
 * <p>Untrusted input: everything the client sends: command lines (bounded by
 * smtp.max_line_length, read without holding more), AUTH responses (throttled across sessions by
 * {@link dev.junction.auth.AuthThrottle}), message content (streamed to the blob store, bounded by
 * smtp.max_message_size), connection counts, idle time, and how fast it reads our replies (every
 * write is bounded by smtp.idle_timeout through {@code WriteWatchdog}).
 *
 * <p>Policy beyond the command table: the bare {@code RCPT TO:<Postmaster>} (RFC 5321 4.5.1,
 * smtp.postmaster), the submission sender check (smtp.enforce_sender_login), ESMTP parameters
 * only after EHLO.
 *
 * <p>Settings read: {@link dev.junction.smtp.SmtpSettings} (smtp.*), node.hostname, and auth.*
 * through the {@link dev.junction.auth.AuthThrottle} it is given.
 * A message is answered 250 only after its blob is committed and the spool has the entry.
 */
package dev.junction.smtp;
