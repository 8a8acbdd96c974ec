/**
 * End-to-end tests: real nodes ({@link dev.junction.e2e.TestNode}) on ephemeral loopback ports
 * with embedded storage in a temporary directory, driven by mail clients Junction did not write
 * (Angus Mail, Python's smtplib, swaks). Outbound delivery runs between two nodes, the sender
 * finding the receiver through a fake DNS server.
 */
package dev.junction.e2e;
