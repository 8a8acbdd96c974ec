package dev.junction.routing;

/**
 * What the router decided for one recipient: a {@link Route}, or a permanent refusal that the
 * queue turns into a bounce (the address belongs to us but names nobody any more).
 */
public sealed interface Routing permits Routing.To, Routing.Refused {

    record To(Route route) implements Routing {
    }

    /**
     * @param code   SMTP reply code (5xx)
     * @param status RFC 3463 enhanced status, e.g. {@code 5.1.1}
     * @param text   reply text, safe to show to the sender
     */
    record Refused(int code, String status, String text) implements Routing {
    }
}
