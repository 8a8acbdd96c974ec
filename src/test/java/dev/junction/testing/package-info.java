/**
 * Test doubles shared by several test packages: stand-ins for the outside world (a DNS server on
 * loopback UDP) that the code under test reaches over the network, exactly as in production.
 */
package dev.junction.testing;
