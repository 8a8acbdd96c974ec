/**
 * What IMAP needs to know about one message's content, parsed once from the raw bytes: the MIME
 * tree with byte offsets ({@link dev.junction.imap.message.MessageStructure}, cacheable as a
 * compact string), ENVELOPE and BODY/BODYSTRUCTURE in IMAP syntax, FETCH sections and BINARY
 * resolved to byte ranges of the raw blob, and the decoded text and keys SEARCH, SORT and THREAD
 * use. I/O-free apart from reading the raw message through {@link dev.junction.imap.message.RawSource}.
 *
 * <p>RFCs: 9051 (sections 6.4.5 and 7.5.2), 3501, 5322, 2045-2047, 2183, 2231, 3516 (BINARY),
 * 5256 (base subject, sort keys, thread references), 5957 (display sort), 6532 (UTF-8 headers).
 * Where the RFCs leave room (defaults, line counts, broken addresses) the output follows Dovecot
 * 2.3, recorded in the tests' resources.
 *
 * <p>Untrusted input: every message byte. Parsing never throws on malformed MIME; it is bounded in
 * nesting depth, part count, header size and per-line memory, and streams bodies, so a large
 * attachment costs no heap. Settings read: none.
 */
package dev.junction.imap.message;
