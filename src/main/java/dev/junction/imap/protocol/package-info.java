/**
 * IMAP protocol syntax, free of I/O and storage: reading client commands into typed records and
 * encoding server responses. RFC 9051 (IMAP4rev2) with RFC 3501 compatibility, RFC 7888
 * LITERAL+/LITERAL-, RFC 3516 BINARY, RFC 7162 CONDSTORE/QRESYNC, RFC 4731 ESEARCH, RFC 5182
 * SEARCHRES, RFC 5256 SORT/THREAD, RFC 5258 LIST-EXTENDED, RFC 5819 LIST-STATUS, RFC 6154
 * SPECIAL-USE, RFC 6851 MOVE, RFC 4315 UIDPLUS, RFC 9208 QUOTA, RFC 2971 ID, RFC 5161 ENABLE,
 * RFC 3502 MULTIAPPEND, RFC 6855 UTF8=ACCEPT (mailbox names in UTF-8 or modified UTF-7).
 *
 * <p>Shape: {@link dev.junction.imap.protocol.CommandParser} reads one
 * {@link dev.junction.imap.protocol.TaggedCommand} at a time from the connection's input; the
 * command families ({@code SessionCommand}, {@code MailboxCommand}, {@code MessageCommand},
 * {@link dev.junction.imap.protocol.Append}) are sealed, one parser per family.
 * {@link dev.junction.imap.protocol.ResponseBuilder} writes responses as octets.
 *
 * <p>Untrusted input: every octet the client sends. Lines are bounded by
 * {@link dev.junction.imap.protocol.ProtocolLimits#maxLineLength()}, literals by
 * {@code maxLiteralSize} (and {@code maxInlineBytes} for those held in memory; APPEND messages are
 * streamed), nesting by {@code maxDepth}. A synchronising literal gets its continuation only after
 * passing the limits, through the caller's {@link dev.junction.imap.protocol.LiteralGate}. Refused
 * input is a {@link dev.junction.imap.protocol.ProtocolException} with a client-safe reason; the
 * rest of the command (including non-synchronising literals) is skipped so the session goes on.
 *
 * <p>Settings read: none; the session passes {@code ProtocolLimits} built from its settings.
 */
package dev.junction.imap.protocol;
