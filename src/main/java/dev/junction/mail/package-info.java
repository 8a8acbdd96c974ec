/**
 * A message's envelope and addresses as SMTP carries them (RFC 5321, RFC 3461, RFC 6531):
 * the vocabulary shared by the SMTP server, the queue, the router and delivery.
 * Untrusted input: {@link dev.junction.mail.MailAddress#parse} sees client-supplied paths.
 */
package dev.junction.mail;
