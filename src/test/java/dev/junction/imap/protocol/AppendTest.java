package dev.junction.imap.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** APPEND streams each message from the connection, after the session has checked the mailbox. */
class AppendTest {

    private static final String MESSAGE = "Date: Mon, 7 Feb 1994 21:52:25 -0800 (PST)\r\n"
            + "From: Fred Foobar <foobar@Blurdybloop.example>\r\nSubject: afternoon meeting\r\n\r\n"
            + "Hello Joe, do you think we can meet at 3:30 tomorrow?\r\n";

    @Test
    void rfc9051Example() throws Exception {
        int size = MESSAGE.length();
        Wire wire = new Wire(("A003 APPEND saved-messages (\\Seen) {" + size + "}\r\n" + MESSAGE + "\r\n")
                .getBytes(StandardCharsets.US_ASCII), ProtocolLimits.DEFAULT);
        TaggedCommand command = wire.next();
        Append append = (Append) command.command();
        assertThat(command.tag()).isEqualTo("A003");
        assertThat(append.mailbox()).isEqualTo("saved-messages");
        assertThat(wire.continuations).as("no continuation before the session checked the mailbox").isEmpty();
        AppendMessage message = append.next().orElseThrow();
        assertThat(wire.continuations).containsExactly((long) size);
        assertThat(message.flags()).containsExactly("\\Seen");
        assertThat(message.internalDate()).isNull();
        assertThat(message.size()).isEqualTo(size);
        assertThat(new String(message.content().readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo(MESSAGE);
        assertThat(append.next()).isEmpty();
        assertThat(wire.next()).isNull();
    }

    @Test
    void multiappendWithDatesAndUnreadContentSkipped() throws Exception {
        Wire wire = new Wire("a APPEND INBOX (\\Draft) \" 7-Feb-1994 21:52:25 -0800\" {5+}\nhello \"17-Jul-1996 02:44:25 +0000\" {5+}\nworld {3+}\nend\nb NOOP\n");
        Append append = (Append) wire.next().command();
        AppendMessage first = append.next().orElseThrow();
        assertThat(first.flags()).containsExactly("\\Draft");
        assertThat(first.internalDate()).isEqualTo(OffsetDateTime.of(1994, 2, 7, 21, 52, 25, 0, ZoneOffset.ofHours(-8)));
        AppendMessage second = append.next().orElseThrow();
        assertThat(second.flags()).isEmpty();
        assertThat(second.internalDate()).isEqualTo(OffsetDateTime.of(1996, 7, 17, 2, 44, 25, 0, ZoneOffset.UTC));
        assertThat(new String(second.content().readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("world");
        AppendMessage third = append.next().orElseThrow();
        assertThat(third.flags()).isEmpty();
        assertThat(append.next()).isEmpty();
        assertThat(wire.next().tag()).isEqualTo("b");
        assertThat(wire.continuations).isEmpty();
    }

    @Test
    void binaryLiteralMayHoldNul() throws Exception {
        Wire wire = new Wire("a APPEND INBOX ~{3+}\nx\0y\n");
        AppendMessage message = ((Append) wire.next().command()).next().orElseThrow();
        assertThat(message.binary()).isTrue();
        assertThat(message.content().readAllBytes()).containsExactly('x', 0, 'y');
    }

    @Test
    void utf8DataItemHoldsALiteral8() throws Exception {
        Wire wire = new Wire("a APPEND INBOX (\\Seen) UTF8 (~{3+}\nt\u00e9)  UTF8 (~{1+}\ny)\nb NOOP\n");
        Append append = (Append) wire.next().command();
        AppendMessage first = append.next().orElseThrow();
        assertThat(first.flags()).containsExactly("\\Seen");
        assertThat(first.binary()).isTrue();
        assertThat(new String(first.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("t\u00e9");
        assertThat(wire.continuations).isEmpty();
        ProtocolException refused = catchThrowableOfType(ProtocolException.class, append::next);
        assertThat(refused.reason()).as("one space between messages").isEqualTo("APPEND: expected a literal");
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void utf8DataItemIsALiteral8InParentheses() throws Exception {
        for (String bad : List.of("a APPEND INBOX UTF8 ({1+}\nx)\n", "a APPEND INBOX UTF8 (~{1+}\nx\n",
                "a APPEND INBOX UTF8 ~{1+}\nx\n")) {
            Wire wire = new Wire(bad + "b NOOP\n");
            Append append = (Append) wire.next().command();
            ProtocolException refused = catchThrowableOfType(ProtocolException.class, () -> {
                while (append.next().isPresent()) {
                    // read on until the parser objects
                }
            });
            assertThat(refused).as(bad).isNotNull();
            assertThat(refused.kind()).as(bad).isEqualTo(ProtocolException.Kind.SYNTAX);
            assertThat(wire.next().tag()).as(bad).isEqualTo("b");
        }
    }

    @Test
    void aRefusedLiteralTellsItsAnnouncedSize() throws Exception {
        Wire wire = new Wire("a APPEND INBOX {5+}\nhello {700}\nb NOOP\n");
        Append append = (Append) wire.next().command();
        assertThat(append.announcedSize()).isEqualTo(-1);
        append.next(10).orElseThrow();
        assertThat(append.announcedSize()).isEqualTo(5);
        ProtocolException refused = catchThrowableOfType(ProtocolException.class, () -> append.next(600));
        assertThat(refused.kind()).isEqualTo(ProtocolException.Kind.LITERAL_TOO_BIG);
        assertThat(append.announcedSize()).isEqualTo(700);
        assertThat(wire.continuations).isEmpty();
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void refusedAppendSkipsWhatTheClientStillSends() throws Exception {
        Wire wire = new Wire("a APPEND nowhere {5+}\nhello\nb APPEND nowhere {5}\nc NOOP\n");
        ((Append) wire.next().command()).discard();
        ((Append) wire.next().command()).discard();
        assertThat(wire.next().tag()).isEqualTo("c");
        assertThat(wire.continuations).isEmpty();
    }

    @Test
    void anAppendLeftUnfinishedIsSkippedByTheNextCommand() throws Exception {
        Wire wire = new Wire("a APPEND INBOX {5+}\nhello {5+}\nworld\nb NOOP\n");
        Append append = (Append) wire.next().command();
        append.next().orElseThrow().content().read();
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void oversizeMessageIsTooBigWithTheTag() throws Exception {
        ProtocolLimits limits = new ProtocolLimits(1024, 10, 10, 8, false);
        Wire wire = new Wire("a APPEND INBOX {11}\nb NOOP\n", limits);
        Append append = (Append) wire.next().command();
        ProtocolException refused = catchThrowableOfType(ProtocolException.class, append::next);
        assertThat(refused.kind()).isEqualTo(ProtocolException.Kind.LITERAL_TOO_BIG);
        assertThat(refused.tag()).isEqualTo("a");
        assertThat(refused.reason()).isEqualTo("APPEND: literal of 11 octets is over the limit of 10");
        assertThat(wire.continuations).isEmpty();
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void sessionLimitPerMessageRefusesBeforeTheContinuation() throws Exception {
        Wire wire = new Wire("a APPEND INBOX {5}\nb NOOP\n");
        Append append = (Append) wire.next().command();
        ProtocolException refused = catchThrowableOfType(ProtocolException.class, () -> append.next(4));
        assertThat(refused.kind()).isEqualTo(ProtocolException.Kind.LITERAL_TOO_BIG);
        assertThat(wire.continuations).isEmpty();
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void malformedMessageOptionsAreRefused() throws Exception {
        for (String bad : List.of("a APPEND INBOX (\\Seen {1+}\nx\n", "a APPEND INBOX \"32-Jan-2000 00:00:00 +0000\" {1+}\nx\n",
                "a APPEND INBOX\n", "a APPEND INBOX hello\n")) {
            Wire wire = new Wire(bad + "b NOOP\n");
            Append append = (Append) wire.next().command();
            ProtocolException refused = catchThrowableOfType(ProtocolException.class, append::next);
            assertThat(refused.reason()).as(bad).startsWith("APPEND: ");
            assertThat(wire.next().tag()).as(bad).isEqualTo("b");
        }
    }

    @Test
    void mailboxNameIsDecoded() throws Exception {
        Wire wire = new Wire("a APPEND &ZeVnLIqe- {1+}\nx\n");
        assertThat(((Append) wire.next().command()).mailbox()).isEqualTo("日本語");
    }
}
