package dev.junction.imap.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Nesting is capped so that hostile input cannot exhaust the stack. */
class NestingLimitTest {

    private static final ProtocolLimits LIMITS = new ProtocolLimits(1024 * 1024, 1000, 1000, 32, false);

    @Test
    void parenthesesWithinTheLimitParse() throws Exception {
        String search = "a SEARCH " + "(".repeat(31) + "SEEN" + ")".repeat(31) + "\n";
        MessageCommand.Search parsed = (MessageCommand.Search) new Wire(search, LIMITS).next().command();
        assertThat(parsed.criteria()).isEqualTo(new SearchKey.Flag("\\Seen", true));
    }

    @Test
    void deepParenthesesAreRefused() throws Exception {
        Wire wire = new Wire("a SEARCH " + "(".repeat(100_000) + "ALL" + ")".repeat(100_000) + "\nb NOOP\n", LIMITS);
        ProtocolException refused = wire.refused();
        assertThat(refused.kind()).isEqualTo(ProtocolException.Kind.TOO_DEEP);
        assertThat(refused.reason()).isEqualTo("SEARCH: nested too deeply");
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void deepNotAndOrChainsAreRefused() throws Exception {
        Wire wire = new Wire("a SEARCH " + "NOT ".repeat(100_000) + "ALL\nb SEARCH " + "OR ALL ".repeat(100_000)
                + "ALL\nc NOOP\n", LIMITS);
        assertThat(wire.refused().kind()).isEqualTo(ProtocolException.Kind.TOO_DEEP);
        assertThat(wire.refused().kind()).isEqualTo(ProtocolException.Kind.TOO_DEEP);
        assertThat(wire.next().tag()).isEqualTo("c");
    }

    @Test
    void deepListsElsewhereAreRefused() throws Exception {
        Wire wire = new Wire("a FETCH 1 " + "(".repeat(1000) + "\nb NOOP\n", LIMITS);
        assertThat(wire.refused().kind()).isEqualTo(ProtocolException.Kind.SYNTAX);
        assertThat(wire.next().tag()).isEqualTo("b");
    }
}
