package dev.junction.delivery.smtp;

import dev.junction.delivery.Outcome;

/** A DNS answer that stops delivery to a domain, with the outcome it gives the recipients. */
public final class DnsException extends Exception {

    private final Outcome outcome;

    public DnsException(Outcome outcome) {
        super(outcome.reply());
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }

    static DnsException temporary(String text) {
        return new DnsException(Outcome.deferred(451, "4.4.3", text));
    }
}
