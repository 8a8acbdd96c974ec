package dev.junction.imap.protocol;

import org.junit.jupiter.api.Test;

import java.io.EOFException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Continuation decisions, size limits, LITERAL+/LITERAL-, line limits and recovery after a refusal. */
class LiteralProtocolTest {

    private static final ProtocolLimits SMALL = new ProtocolLimits(1024, 100, 20, 8, false);
    private static final ProtocolLimits LITERAL_MINUS = new ProtocolLimits(1024, 10_000, 10_000, 8, true);

    @Test
    void synchronisingLiteralAsksForContinuationAfterPassingTheLimits() throws Exception {
        Wire wire = new Wire("a LOGIN {5}\nalice {6}\nsecret\n");
        assertThat(wire.next().command()).isEqualTo(new SessionCommand.Login("alice", "secret"));
        assertThat(wire.continuations).containsExactly(5L, 6L);
    }

    @Test
    void nonSynchronisingLiteralNeedsNoContinuation() throws Exception {
        Wire wire = new Wire("a LOGIN {5+}\nalice {0+}\n\n");
        assertThat(wire.next().command()).isEqualTo(new SessionCommand.Login("alice", ""));
        assertThat(wire.continuations).isEmpty();
    }

    @Test
    void oversizeSynchronisingLiteralIsRefusedWithoutContinuation() throws Exception {
        Wire wire = new Wire("a LOGIN {101}\nb NOOP\n", SMALL);
        ProtocolException refused = wire.refused();
        assertThat(refused.kind()).isEqualTo(ProtocolException.Kind.LITERAL_TOO_BIG);
        assertThat(refused.code()).isEqualTo(ResponseCode.TOOBIG);
        assertThat(refused.tag()).isEqualTo("a");
        assertThat(refused.reason()).isEqualTo("LOGIN: literal of 101 octets is over the limit of 100");
        assertThat(wire.continuations).isEmpty();
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void oversizeNonSynchronisingLiteralIsSkipped() throws Exception {
        Wire wire = new Wire("a LOGIN {25+}\n0123456789\n0123456789\n12 {3+}\nabc\nb NOOP\n", SMALL);
        ProtocolException refused = wire.refused();
        assertThat(refused.reason()).isEqualTo("LOGIN: literal of 25 octets is over the limit for this command");
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void inMemoryLiteralsShareOneBudgetPerCommand() throws Exception {
        Wire wire = new Wire("a LOGIN {8+}\n12345678 {9+}\n123456789\nb NOOP\n", SMALL);
        assertThat(wire.refused().reason()).isEqualTo("LOGIN: literal of 9 octets is over the limit for this command");
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void literalMinusRefusesLargeNonSynchronisingLiterals() throws Exception {
        String big = "x".repeat(4097);
        Wire wire = new Wire("a LOGIN {4097+}\n" + big + " y\nb LOGIN {4096+}\n" + "x".repeat(4096) + " y\n", LITERAL_MINUS);
        ProtocolException refused = wire.refused();
        assertThat(refused.kind()).isEqualTo(ProtocolException.Kind.LITERAL_TOO_BIG);
        assertThat(refused.reason()).isEqualTo("LOGIN: non-synchronizing literal over 4096 octets");
        assertThat(wire.next().command()).isEqualTo(new SessionCommand.Login("x".repeat(4096), "y"));
    }

    @Test
    void errorBeforeALiteralSkipsTheNonSynchronisingOnes() throws Exception {
        Wire wire = new Wire("a FOO {3+}\nabc {4+}\nabcd\nb NOOP\n");
        assertThat(wire.refused().reason()).isEqualTo("FOO: unknown command");
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void errorBeforeASynchronisingLiteralEndsTheCommandThere() throws Exception {
        Wire wire = new Wire("a FOO {3}\nb NOOP\n");
        assertThat(wire.refused().reason()).isEqualTo("FOO: unknown command");
        assertThat(wire.continuations).isEmpty();
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void errorAfterALiteralSkipsTheRestOfTheLine() throws Exception {
        Wire wire = new Wire("a LOGIN {3+}\nabc x y\nb NOOP\n");
        assertThat(wire.refused().reason()).isEqualTo("LOGIN: unexpected characters at end of command");
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void overlongLineIsRefusedAndItsLiteralSkipped() throws Exception {
        String longLine = "a LOGIN " + "x".repeat(2000) + " {4+}\nabcd\nb NOOP\n";
        Wire wire = new Wire(longLine, SMALL);
        ProtocolException refused = wire.refused();
        assertThat(refused.kind()).isEqualTo(ProtocolException.Kind.LINE_TOO_LONG);
        assertThat(refused.code()).isEqualTo(ResponseCode.TOOBIG);
        assertThat(refused.tag()).as("the tag is kept from the start of the line").isEqualTo("a");
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void overlongLineAfterALiteralIsRefused() throws Exception {
        Wire wire = new Wire("a LOGIN {3+}\nabc " + "y".repeat(2000) + "\nb NOOP\n", SMALL);
        assertThat(wire.refused().kind()).isEqualTo(ProtocolException.Kind.LINE_TOO_LONG);
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void manySmallLiteralsCannotGrowACommandWithoutBound() throws Exception {
        Wire wire = new Wire("a SEARCH TEXT {0+}\n" + " TEXT {0+}\n".repeat(100_000) + " ALL\nb NOOP\n", SMALL);
        ProtocolException refused = wire.refused();
        assertThat(refused.kind()).isEqualTo(ProtocolException.Kind.LINE_TOO_LONG);
        assertThat(refused.reason()).isEqualTo("SEARCH: command too long");
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void lineAtTheLimitIsAccepted() throws Exception {
        String password = "p".repeat(1024 - "a LOGIN u ".length());
        Wire wire = new Wire("a LOGIN u " + password + "\n", SMALL);
        assertThat(wire.next().command()).isEqualTo(new SessionCommand.Login("u", password));
    }

    @Test
    void bareLineFeedEndsALine() throws Exception {
        Wire wire = new Wire("a NOOP\nb NOOP\n".getBytes(), ProtocolLimits.DEFAULT);
        assertThat(wire.next().tag()).isEqualTo("a");
        assertThat(wire.next().tag()).isEqualTo("b");
        assertThat(wire.next()).isNull();
    }

    @Test
    void connectionClosedInsideALiteralIsEndOfStream() {
        Wire wire = new Wire("a LOGIN {10+}\nabc".getBytes(), ProtocolLimits.DEFAULT);
        assertThatExceptionOfType(EOFException.class).isThrownBy(wire::next);
    }

    @Test
    void connectionClosedInsideALineIsEndOfStream() {
        Wire wire = new Wire("a NOO".getBytes(), ProtocolLimits.DEFAULT);
        assertThatExceptionOfType(EOFException.class).isThrownBy(wire::next);
    }

    @Test
    void idleDoneAndAuthenticateResponsesAreRawLines() throws Exception {
        Wire wire = new Wire("a IDLE\nDONE\nb AUTHENTICATE PLAIN\nAGFsaWNlAHNlY3JldA==\n");
        assertThat(wire.next().command()).isEqualTo(new SessionCommand.Idle());
        assertThat(wire.parser.readLine()).isEqualTo("DONE");
        assertThat(wire.next().command()).isEqualTo(new SessionCommand.Authenticate("PLAIN", null));
        assertThat(wire.parser.readLine()).isEqualTo("AGFsaWNlAHNlY3JldA==");
        assertThat(wire.parser.readLine()).isNull();
    }
}
