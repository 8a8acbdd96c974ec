/**
 * Test fixtures shared by every package: the real storage of a node in a temp dir
 * ({@link dev.junction.testing.TestStores}), a self-signed TLS pair made by the main code
 * ({@link dev.junction.testing.TestTls}), a clock tests move by hand, a spool that crashes on
 * purpose, envelopes, and a DNS server on loopback UDP. Tests run against the real seams;
 * wrappers exist only to inject a failure or control time.
 */
package dev.junction.testing;
