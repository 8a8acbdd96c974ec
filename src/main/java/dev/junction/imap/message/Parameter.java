package dev.junction.imap.message;

/** One MIME parameter (RFC 2045 section 5.1) exactly as sent: RFC 2231 sections are not joined here. */
public record Parameter(String name, String value) {
}
