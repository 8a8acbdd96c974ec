package dev.junction.routing;

/**
 * Where one recipient's copy goes. The queue groups recipients by {@link #destination()} so that
 * one destination that is down delays only its own mail. Later issues add site and external
 * routes as further implementations; the queue does not change.
 */
public sealed interface Route permits Route.Local, Route.Internet {

    /** The per-destination queue key, e.g. {@code local} or {@code internet:example.org}. */
    String destination();

    /** The account is homed on this node: deliver into its mailbox. */
    record Local(long accountId) implements Route {
        public String destination() {
            return "local";
        }
    }

    /**
     * Not ours: deliver over SMTP, to the domain's MX hosts or to the configured smart host.
     *
     * @param domain the recipient domain (MX lookup key)
     */
    record Internet(String domain) implements Route {
        public String destination() {
            return "internet:" + domain;
        }
    }
}
