package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SEARCH BODY and TEXT over decoded text parts, case-insensitively in any script. */
class MessageTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain-ascii          | market street            | true  | true",
            "plain-ascii          | lunch on friday          | false | true",
            "utf8-8bit            | GRÜSSE                   | false | false",
            "utf8-8bit            | grüße aus köln           | true  | true",
            "utf8-8bit            | ΕΛΛΗΝΙΚΆ                 | true  | true",
            "utf8-8bit            | Zürich                   | false | true",
            "utf8-8bit            | jürgen müller            | false | true",
            "alternative          | CAFÉ CUPS                | true  | true",
            "alternative          | past seventy-six         | true  | true",
            "alternative          | <b>50% off</b>           | true  | true",
            "mixed-attachment     | report attached          | true  | true",
            "mixed-attachment     | PDF-1.4                  | false | false",
            "mixed-attachment     | EUR 1.00                 | true  | true",
            "nested-rfc822        | original text.           | true  | true",
            "nested-rfc822        | no such words            | false | false",
            "missing-end-boundary | inner part never closed  | true  | true",
            "bad-encodings        | soft break               | true  | true",
            "bad-encodings        | ''                       | true  | true",
    })
    void findsDecodedText(String message, String needle, boolean inBody, boolean inText) throws IOException {
        byte[] raw = Messages.resource(message + ".eml");
        MessageStructure m = Messages.parse(raw);
        RawSource source = () -> new ByteArrayInputStream(raw);

        assertThat(MessageText.bodyContains(m, source, needle)).isEqualTo(inBody);
        assertThat(MessageText.textContains(m, source, needle)).isEqualTo(inText);
    }
}
