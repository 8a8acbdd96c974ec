package dev.junction.imap.protocol;

import java.io.IOException;

/**
 * Called when the client announced a synchronising literal ({@code {n}}) that passed the size
 * limits: the session sends {@code + Ready for literal data} and flushes, after which the client
 * sends the octets (RFC 9051 4.3). Non-synchronising literals (RFC 7888) never reach the gate.
 */
@FunctionalInterface
public interface LiteralGate {

    void continueLiteral(long size) throws IOException;
}
