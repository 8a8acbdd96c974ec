package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
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

    @Test
    void severalStringsInOnePass() throws IOException {
        byte[] raw = Messages.resource("nested-rfc822.eml");
        MessageStructure m = Messages.parse(raw);
        RawSource source = () -> new ByteArrayInputStream(raw);

        assertThat(MessageText.matches(m, source, false, List.of("forwarded", "ORIGINAL TEXT", "archive@", "nope")))
                .containsExactly("forwarded", "ORIGINAL TEXT");
        assertThat(MessageText.matches(m, source, true, List.of("forwarded", "archive@", "nope")))
                .containsExactly("forwarded", "archive@");
    }

    @Test
    void extractsDecodedTextPartByPart() throws IOException {
        byte[] raw = Messages.resource("alternative.eml");
        MessageStructure m = Messages.parse(raw);
        List<String> texts = new ArrayList<>();

        MessageText.extract(m, () -> new ByteArrayInputStream(raw), false, (part, text) -> {
            StringWriter out = new StringWriter();
            text.transferTo(out);
            texts.add(part.subtype() + ": " + out.toString().lines().findFirst().orElse(""));
            return true;
        });

        assertThat(texts).containsExactly("plain: Deals of the week: café cups 50% off. ",
                "html: <html><body><p>Deals of the week: café cups <b>50% off</b>.</p></body></html>");
    }
}
