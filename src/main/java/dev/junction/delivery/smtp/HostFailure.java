package dev.junction.delivery.smtp;

import dev.junction.delivery.Outcome;

/**
 * A host could not take the message before the transaction began (no connection, a refusing
 * greeting, a failed handshake or authentication): the next host is tried.
 */
final class HostFailure extends Exception {

    private final Outcome outcome;
    private final boolean tlsHandshake;

    HostFailure(Outcome outcome, boolean tlsHandshake) {
        super(outcome.reply());
        this.outcome = outcome;
        this.tlsHandshake = tlsHandshake;
    }

    Outcome outcome() {
        return outcome;
    }

    /** The TLS handshake failed: an opportunistic session may try again without TLS. */
    boolean tlsHandshake() {
        return tlsHandshake;
    }
}
