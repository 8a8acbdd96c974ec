/**
 * The protocol-independent network pieces every mail protocol server of the node shares (SMTP,
 * POP3, IMAP): {@link dev.junction.net.TcpListener} (one bound port, one virtual thread per
 * connection), {@link dev.junction.net.ConnectionLimits} (open connections in total and per client
 * address), {@link dev.junction.net.WriteWatchdog} (a bound on every write, since sockets have no
 * write timeout) and {@link dev.junction.net.LineInput} (CRLF lines read without holding more than
 * the line limit).
 *
 * <p>Untrusted input: connection counts, line lengths and bytes that are not UTF-8, and how fast a
 * client reads what it is sent. Settings read: none; each protocol passes its own limits.
 */
package dev.junction.net;
