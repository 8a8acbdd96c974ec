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
 * smtp.max_line_length, read without holding more), AUTH responses, message content (streamed
 * to the blob store, bounded by smtp.max_message_size), connection counts and idle time.
 *
 * <p>Settings read: {@link dev.junction.smtp.SmtpSettings} (smtp.*) and node.hostname.
 * A message is answered 250 only after its blob is committed and the spool has the entry.
 */
package dev.junction.smtp;
