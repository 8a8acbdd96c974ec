package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Address headers to ENVELOPE address lists: what Dovecot 2.3 answers, except that empty list entries are skipped. */
class AddressParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Terry Gray <gray@cac.washington.edu>              | ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\"))",
            "root                                              | ((NIL NIL \"root\" \"MISSING_DOMAIN\"))",
            "bob@example.com (Bob Smith)                       | ((\"Bob Smith\" NIL \"bob\" \"example.com\"))",
            "\"odd local\"@example.com                         | ((NIL NIL \"odd local\" \"example.com\"))",
            "<@a.example,@b.example:c@d.example>               | ((NIL \"@a.example,@b.example\" \"c\" \"d.example\"))",
            "undisclosed-recipients:;                          | ((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL))",
            "g: a@b.example                                    | ((NIL NIL \"g\" NIL)(NIL NIL \"a\" \"b.example\")(NIL NIL NIL NIL))",
            "\"Unclosed <bad@example.com>                      | ((NIL NIL \"MISSING_MAILBOX\" \"MISSING_DOMAIN\"))",
            "\"Smith, John\" <john@x.example>, jane@x.example  | ((\"Smith, John\" NIL \"john\" \"x.example\")(NIL NIL \"jane\" \"x.example\"))",
            "John Q. Public <jqp@x.example>, a.b <c@d>         | ((\"John Q. Public\" NIL \"jqp\" \"x.example\")(\"a.b\" NIL \"c\" \"d\"))",
            ",,,                                               | NIL",
            "''                                                | NIL",
    })
    void matchesDovecot(String header, String expected) {
        MessageEnvelope e = new MessageEnvelope(null, null, AddressParser.parse(header), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), null, null);
        String encoded = new EnvelopeEncoder(new ImapStrings(false)).encode(e);

        assertThat(encoded).startsWith("(NIL NIL " + expected + " ");
    }

    /** Found by MutatedMessageTest: a stray ")" once made the tokenizer loop forever. */
    @org.junit.jupiter.api.Test
    void strayClosingParenthesisIsSkipped() {
        assertThat(AddressParser.parse("a) b@c.example )")).hasSize(1);
    }
}
