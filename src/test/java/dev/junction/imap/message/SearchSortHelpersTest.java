package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Base subject (RFC 5256), decoded headers (RFC 2047, RFC 2231), sent dates and sort addresses. */
class SearchSortHelpersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Re: Subject                         | SUBJECT",
            "Re: [list] Re: foo (fwd)            | FOO",
            "[fwd: Re: hello]                    | HELLO",
            "Fwd: [PATCH] fix it                 | FIX IT",
            "Re[2]: topic                        | TOPIC",
            "RE:   fw:  Hello \t  World          | HELLO WORLD",
            "Subject (fwd) (FWD)                 | SUBJECT",
            "[only a blob]                       | [ONLY A BLOB]",
            "Re:                                 | ''",
            "''                                  | ''",
            "=?UTF-8?Q?Re:_caf=C3=A9?=           | CAFÉ",
            "Reply needed                        | REPLY NEEDED",
            "[a][b] Re: x                        | X",
    })
    void baseSubject(String subject, String base) {
        assertThat(BaseSubject.of(subject)).isEqualTo(base);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Re: Subject                         | true",
            "Subject (fwd)                       | true",
            "[fwd: hello]                        | true",
            "[list] Re: foo                      | true",
            "Fw: x                               | true",
            "=?UTF-8?Q?RE:_caf=C3=A9?=           | true",
            "[list] foo                          | false",
            "Reply needed                        | false",
            "Subject   	                        | false",
            "Re                                  | false",
            "''                                  | false",
    })
    void replyOrForward(String subject, boolean reply) {
        assertThat(BaseSubject.isReplyOrForward(subject)).isEqualTo(reply);
        assertThat(BaseSubject.isReplyOrForward(null)).isFalse();
    }

    @Test
    void headerContainsMatchesDecodedValuesOfTheNamedField() {
        List<HeaderField> fields = List.of(new HeaderField("Subject", "=?UTF-8?Q?Gr=C3=BC=C3=9Fe?= aus Köln"),
                new HeaderField("X-Tag", ""), new HeaderField("x-tag", "second VALUE"));

        assertThat(MessageHeader.contains(fields, "SUBJECT", "grüße AUS")).isTrue();
        assertThat(MessageHeader.contains(fields, "subject", "=?UTF-8")).isFalse();
        assertThat(MessageHeader.contains(fields, "X-Tag", "value")).isTrue();
        assertThat(MessageHeader.contains(fields, "X-Tag", "")).isTrue();
        assertThat(MessageHeader.contains(fields, "Cc", "")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "=?UTF-8?B?R3LDvMOfZSBhdXMgS8O2bG4=?= =?UTF-8?Q?_und_Z=C3=BCrich?= | Grüße aus Köln und Zürich",
            "=?iso-8859-1?q?caf=E9?=                                           | café",
            "plain text                                                        | plain text",
            "=?bogus-charset?Q?abc?=                                           | =?bogus-charset?Q?abc?=",
    })
    void decodesEncodedWords(String raw, String decoded) {
        assertThat(HeaderDecoder.decode(raw)).isEqualTo(decoded);
    }

    @Test
    void decodesRfc2231Parameters() {
        MessageStructure m = Messages.parse(Messages.resource("mixed-attachment.eml"));
        BodyPart rates = m.root().children().get(2);

        assertThat(HeaderDecoder.parameters(rates.parameters())).containsEntry("name", "€ rates.txt");
        assertThat(HeaderDecoder.parameters(rates.dispositionParameters())).containsEntry("filename", "€ rates.txt");
        assertThat(HeaderDecoder.parameters(List.of(new Parameter("title*", "iso-8859-1'fr'caf%E9"),
                new Parameter("name", "=?UTF-8?Q?r=C3=A9sum=C3=A9.pdf?=")))).isEqualTo(Map.of("title", "café", "name", "résumé.pdf"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tue, 3 Nov 2026 09:12:40 +0100        | 2026-11-03T08:12:40Z",
            "3 Nov 2026 09:12:40 -0000 (UTC)       | 2026-11-03T09:12:40Z",
            "Wed, 17 Jul 1996 02:23:25 -0700 (PDT) | 1996-07-17T09:23:25Z",
    })
    void sentDate(String date, String instant) {
        assertThat(SortKeys.sentDate(envelope(date, List.of()))).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tue, 3 Nov 2026 23:30:00 -0800        | 2026-11-03T23:30-08:00",
            "Wed, 17 Jul 1996 02:23:25 -0700 (PDT) | 1996-07-17T02:23:25-07:00",
            "4 Nov 2026 01:02 +0530                | 2026-11-04T01:02+05:30",
    })
    void sentDateKeepsTheSendersZone(String date, String local) {
        assertThat(SortKeys.sentDateTime(envelope(date, List.of()))).isEqualTo(java.time.OffsetDateTime.parse(local));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"not a date", "''", "Mon, 45 Foo 2026 99:99:99 +9999"})
    void unparseableSentDateIsLeftToTheCaller(String date) {
        assertThat(SortKeys.sentDate(envelope(date, List.of()))).isNull();
    }

    @Test
    void sortAddressesSkipGroupMarkers() {
        List<EnvelopeAddress> to = AddressParser.parse("Team: \"Ann A.\" <ann@corp.example>;, bo@corp.example");

        assertThat(SortKeys.firstMailbox(to)).isEqualTo("ANN");
        assertThat(SortKeys.firstDisplay(to)).isEqualTo("ANN A.");
        assertThat(SortKeys.firstDisplay(AddressParser.parse("=?UTF-8?Q?J=C3=BCrgen?= <j@x.example>"))).isEqualTo("JÜRGEN");
        assertThat(SortKeys.firstDisplay(AddressParser.parse("bo@corp.example"))).isEqualTo("BO@CORP.EXAMPLE");
        assertThat(SortKeys.firstMailbox(List.of())).isEmpty();
    }

    @Test
    void threadReferencesFallBackToInReplyTo() {
        MessageStructure withReferences = Messages.parse(Messages.resource("plain-ascii.eml"));
        MessageStructure withoutReferences = Messages.parse(
                "In-Reply-To: Bob's message <b@x> of Monday <c@x>\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(withReferences.threadReferences()).containsExactly("<xyz.1@example.com>", "<abc.123@example.com>");
        assertThat(withoutReferences.threadReferences()).containsExactly("<b@x>");
    }

    @Test
    void headerFieldsAreReadUnfoldedAndDecodable() throws java.io.IOException {
        byte[] raw = Messages.resource("plain-ascii.eml");
        List<HeaderField> fields = MessageHeader.fields(Messages.parse(raw), () -> new java.io.ByteArrayInputStream(raw));

        assertThat(MessageHeader.values(fields, "received")).containsExactly("from mx.example.org (mx.example.org "
                + "[192.0.2.10])\tby mail.example.com with ESMTPS id 4F2A1C0B2\tfor <bob@example.com>; "
                + "Tue, 3 Nov 2026 09:12:44 +0100");
        assertThat(new HeaderField("Subject", "=?UTF-8?Q?caf=C3=A9?=").decodedValue()).isEqualTo("café");
        assertThat(fields).hasSize(12);
    }

    private static MessageEnvelope envelope(String date, List<EnvelopeAddress> from) {
        return new MessageEnvelope(date, null, from, from, from, List.of(), List.of(), List.of(), null, null);
    }
}
