package dev.junction.imap.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Responses as RFC 9051 section 7 shows them. */
class ResponseBuilderTest {

    private static String text(byte[] octets) {
        return new String(octets, StandardCharsets.UTF_8);
    }

    @Test
    void selectResponses() {
        ResponseBuilder r = new ResponseBuilder(false);
        r.untagged().number(172).atom("EXISTS").end();
        r.untagged().condition(Condition.OK).code(ResponseCode.uidValidity(3857529045L)).text("UIDs valid").end();
        r.untagged().condition(Condition.OK).code(ResponseCode.uidNext(4392)).text("Predicted next UID").end();
        r.untagged().atom("FLAGS").open().atom("\\Answered").atom("\\Flagged").close().end();
        r.untagged().condition(Condition.OK).code(ResponseCode.permanentFlags(List.of("\\Deleted", "\\Seen", "\\*")))
                .text("Limited").end();
        r.untagged().atom("LIST").open().close().string("/").mailbox("INBOX").end();
        r.tagged("A142").condition(Condition.OK).code(ResponseCode.READ_WRITE).text("SELECT completed").end();
        assertThat(text(r.take())).isEqualTo("""
                * 172 EXISTS\r
                * OK [UIDVALIDITY 3857529045] UIDs valid\r
                * OK [UIDNEXT 4392] Predicted next UID\r
                * FLAGS (\\Answered \\Flagged)\r
                * OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r
                * LIST () "/" "INBOX"\r
                A142 OK [READ-WRITE] SELECT completed\r
                """);
    }

    @Test
    void uidplusAndCondstoreCodes() {
        assertThat(text(ResponseBuilder.tagged("A003", Condition.OK,
                ResponseCode.appendUid(38505, SequenceSet.ofSorted(new long[]{3955})), "APPEND completed")))
                .isEqualTo("A003 OK [APPENDUID 38505 3955] APPEND completed\r\n");
        assertThat(text(ResponseBuilder.tagged("A004", Condition.OK, ResponseCode.copyUid(38505,
                SequenceSet.ofSorted(new long[]{304, 319, 320}), SequenceSet.ofSorted(new long[]{3956, 3957, 3958})),
                "Done"))).isEqualTo("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n");
        assertThat(text(ResponseBuilder.untagged(Condition.OK, ResponseCode.highestModSeq(715194045007L), "Highest")))
                .isEqualTo("* OK [HIGHESTMODSEQ 715194045007] Highest\r\n");
        assertThat(text(ResponseBuilder.tagged("d105", Condition.OK, ResponseCode.modified(SequenceSet.parse("7,9")),
                "Conditional STORE failed"))).isEqualTo("d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n");
        assertThat(text(ResponseBuilder.tagged("a", Condition.NO, ResponseCode.TOOBIG, "Message too big")))
                .isEqualTo("a NO [TOOBIG] Message too big\r\n");
        assertThat(text(ResponseBuilder.untagged(Condition.BAD, null, "line\r\nbreak"))).isEqualTo("* BAD line  break\r\n");
    }

    @Test
    void continuationRequest() {
        assertThat(text(new ResponseBuilder(false).continuation("Ready for literal data").take()))
                .isEqualTo("+ Ready for literal data\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain            | false | "plain"
            `say "hi"`       | false | "say \\"hi\\""
            back\\slash      | false | "back\\\\slash"
            ``               | false | ""
            Grüße            | false | {7}\\r\\nGrüße
            Grüße            | true  | "Grüße"
            """)
    void stringsAreQuotedOrLiterals(String value, boolean utf8, String wire) {
        assertThat(text(new ResponseBuilder(utf8).string(value).take())).isEqualTo(wire.replace("\\r\\n", "\r\n"));
    }

    @Test
    void stringsWithLineBreaksOrLongOnesAreLiterals() {
        assertThat(text(new ResponseBuilder(true).string("a\r\nb").take())).isEqualTo("{4}\r\na\r\nb");
        String longText = "x".repeat(ResponseBuilder.MAX_QUOTED + 1);
        assertThat(text(new ResponseBuilder(true).string(longText).take()))
                .isEqualTo("{" + longText.length() + "}\r\n" + longText);
        assertThat(text(new ResponseBuilder(true).nstring(null).nstring("x").take())).isEqualTo("NIL \"x\"");
    }

    @Test
    void mailboxNamesFollowTheClientsMode() {
        assertThat(text(new ResponseBuilder(false).mailbox("~peter/mail/台北/日本語").take()))
                .isEqualTo("\"~peter/mail/&U,BTFw-/&ZeVnLIqe-\"");
        assertThat(text(new ResponseBuilder(true).mailbox("~peter/mail/台北/日本語").take()))
                .isEqualTo("\"~peter/mail/台北/日本語\"");
    }

    @Test
    void fetchResponseWithStreamedBody() {
        FetchAttribute body = new FetchAttribute.BodySection(Section.WHOLE, true, null);
        ResponseBuilder r = new ResponseBuilder(false);
        r.untagged().number(12).atom("FETCH").open()
                .atom("FLAGS").open().atom("\\Seen").close()
                .atom("INTERNALDATE").string(ImapDates.format(OffsetDateTime.of(1996, 7, 17, 2, 44, 25, 0, ZoneOffset.ofHours(-7))))
                .atom(body.responseName()).literalHeader(5, false);
        String head = text(r.take());
        r.close().end();
        assertThat(head + "hello" + text(r.take())).isEqualTo(
                "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" BODY[] {5}\r\nhello)\r\n");
    }

    @Test
    void encodedValuesGoAsUtf8Verbatim() {
        byte[] out = new ResponseBuilder(false).untagged().number(1).atom("FETCH").open().atom("ENVELOPE")
                .encoded("(NIL {6}\r\ncaf\u00e9 NIL)").close().end().take();
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo("* 1 FETCH (ENVELOPE (NIL {6}\r\ncaf\u00e9 NIL))\r\n");
    }

    @Test
    void fetchResponseNames() {
        assertThat(new FetchAttribute.BodySection(new Section(List.of(), Section.Text.HEADER_FIELDS,
                List.of("DATE", "FROM")), true, new FetchAttribute.Partial(0, 100)).responseName())
                .isEqualTo("BODY[HEADER.FIELDS (DATE FROM)]<0>");
        assertThat(new FetchAttribute.BodySection(new Section(List.of(1), Section.Text.HEADER_FIELDS_NOT,
                List.of("Message-Id", "x y")), false, null).responseName())
                .isEqualTo("BODY[1.HEADER.FIELDS.NOT (MESSAGE-ID \"X Y\")]");
        assertThat(new FetchAttribute.BodySection(new Section(List.of(1, 2), Section.Text.MIME, List.of()), false, null)
                .responseName()).isEqualTo("BODY[1.2.MIME]");
        assertThat(new FetchAttribute.Binary(List.of(3), true, null).responseName()).isEqualTo("BINARY[3]");
        assertThat(new FetchAttribute.BinarySize(List.of()).responseName()).isEqualTo("BINARY.SIZE[]");
        assertThat(FetchAttribute.Item.RFC822_SIZE.responseName()).isEqualTo("RFC822.SIZE");
    }

    @Test
    void sequenceSetsJoinRanges() {
        assertThat(SequenceSet.ofSorted(new long[]{1, 2, 3, 5, 7, 8}).toString()).isEqualTo("1:3,5,7:8");
        assertThat(SequenceSet.parse("4:2,9:*").contains(3, 10)).isTrue();
        assertThat(SequenceSet.parse("4:2,9:*").contains(8, 10)).isFalse();
        assertThat(SequenceSet.parse("*").contains(10, 10)).isTrue();
    }
}
