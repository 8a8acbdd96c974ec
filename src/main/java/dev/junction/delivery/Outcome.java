package dev.junction.delivery;

/**
 * The result of one delivery attempt for one recipient, in SMTP terms so that the queue can log
 * it, store it as the last reply and put it in a DSN.
 *
 * @param kind      what happened
 * @param code      SMTP reply code (ours or the remote server's)
 * @param status    RFC 3463 enhanced status code, e.g. {@code 4.4.1}
 * @param text      reply text (the remote server's words for remote replies)
 * @param remoteMta the server that gave the reply ("mx.example.org"), or null for local results
 */
public record Outcome(Kind kind, int code, String status, String text, String remoteMta) {

    public enum Kind {
        /** Stored in a local mailbox. */
        DELIVERED,
        /** Accepted by a server that does not report DSNs further: a "relayed" success DSN applies. */
        RELAYED,
        /** Accepted by a server that supports DSN (RFC 3461): from now on it reports, not us. */
        RELAYED_DSN,
        /** Temporary failure: try again later. */
        DEFERRED,
        /** Permanent failure: bounce. */
        FAILED
    }

    public static Outcome delivered(String text) {
        return new Outcome(Kind.DELIVERED, 250, "2.0.0", text, null);
    }

    public static Outcome deferred(int code, String status, String text) {
        return new Outcome(Kind.DEFERRED, code, status, text, null);
    }

    public static Outcome failed(int code, String status, String text) {
        return new Outcome(Kind.FAILED, code, status, text, null);
    }

    public Outcome from(String mta) {
        return new Outcome(kind, code, status, text, mta);
    }

    public boolean isSuccess() {
        return kind == Kind.DELIVERED || kind == Kind.RELAYED || kind == Kind.RELAYED_DSN;
    }

    /** "250 2.0.0 text": the form kept as the last reply and shown in DSN Diagnostic-Code. */
    public String reply() {
        return code + " " + status + " " + text;
    }
}
