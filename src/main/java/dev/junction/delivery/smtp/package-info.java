/**
 * Outbound SMTP (RFC 5321): MX lookup with A/AAAA fallback (5.1) and null MX (RFC 7505),
 * EHLO/HELO, opportunistic or required STARTTLS (RFC 3207, RFC 7435), AUTH PLAIN/LOGIN to a
 * smart host (RFC 4954), SIZE (RFC 1870), 8BITMIME (RFC 6152), SMTPUTF8 (RFC 6531), DSN
 * parameters (RFC 3461), CHUNKING/BINARYMIME (RFC 3030).
 * Untrusted input: remote servers' replies and DNS answers (bounded line length and count).
 * Settings: {@link dev.junction.delivery.smtp.OutboundSettings} (delivery.*, dns.*, relay.*).
 */
package dev.junction.delivery.smtp;
