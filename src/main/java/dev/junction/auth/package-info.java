/**
 * Login throttling shared by every protocol that checks passwords (SMTP AUTH, POP3, IMAP next):
 * failures are counted per client address and per login name; past a threshold each attempt is
 * delayed, and an address with too many failures in a window is refused for a while. Also the
 * one decoder of the PLAIN SASL message (RFC 4616), {@link dev.junction.auth.SaslPlain}.
 *
 * <p>Why its own package rather than {@code directory}: the directory answers "is this password
 * right" and is replicated between sites; throttling is a per-node policy about clients, keyed by
 * network address, that must hold before the directory is even asked, and it keeps no state that
 * should ever be replicated.
 *
 * <p>Untrusted input: client addresses, login names (any string a client sends) and PLAIN
 * messages (any bytes). Memory is
 * bounded by auth.max_tracked entries per table; login keys are cut to 320 characters; IPv6
 * clients are counted per /64, the smallest block an attacker usually holds.
 *
 * <p>Settings read: {@link dev.junction.auth.AuthSettings} (auth.*).
 */
package dev.junction.auth;
