package dev.junction.imap.protocol;

import dev.junction.imap.protocol.SearchKey.And;
import dev.junction.imap.protocol.SearchKey.Date;
import dev.junction.imap.protocol.SearchKey.Flag;
import dev.junction.imap.protocol.SearchKey.Header;
import dev.junction.imap.protocol.SearchKey.Not;
import dev.junction.imap.protocol.SearchKey.Or;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SearchParserTest {

    private static final Flag FLAGGED = new Flag("\\Flagged", true);
    private static final Date SINCE_1994 =
            new Date(Date.Field.INTERNAL, Date.Comparison.SINCE, LocalDate.of(1994, 2, 1));
    private static final Not NOT_SMITH = new Not(new Header("From", "Smith"));

    static Stream<Arguments> searches() {
        return Stream.of(
                arguments("A282 SEARCH FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"",
                        null, new And(List.of(FLAGGED, SINCE_1994, NOT_SMITH)), null),
                arguments("A283 SEARCH TEXT \"string not in mailbox\"",
                        null, new SearchKey.Text("string not in mailbox"), null),
                arguments("A282 SEARCH RETURN (MIN COUNT) FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"",
                        null, new And(List.of(FLAGGED, SINCE_1994, NOT_SMITH)), Set.of(SearchReturn.MIN, SearchReturn.COUNT)),
                arguments("A301 SEARCH RETURN () UNSEEN", null, new Flag("\\Seen", false), Set.of(SearchReturn.ALL)),
                arguments("A1 UID SEARCH RETURN (SAVE) FLAGGED", null, FLAGGED, Set.of(SearchReturn.SAVE)),
                arguments("A2 SEARCH $ SMALLER 4096", null, new And(List.of(
                        new SearchKey.Sequence(SequenceSet.SAVED, false), new SearchKey.Size(false, 4096))), null),
                arguments("a SEARCH MODSEQ \"/flags/\\\\draft\" all 620162338", null,
                        new SearchKey.ModSeq("/flags/\\draft", "all", 620162338), null),
                arguments("a SEARCH MODSEQ 620162338", null, new SearchKey.ModSeq(null, null, 620162338), null),
                arguments("a SEARCH OR (FROM a TO b) NOT (SEEN UNDELETED)", null, new Or(
                        new And(List.of(new Header("From", "a"), new Header("To", "b"))),
                        new Not(new And(List.of(new Flag("\\Seen", true), new Flag("\\Deleted", false))))), null),
                arguments("a SEARCH ((((ALL))))", null, new SearchKey.All(), null),
                arguments("a SEARCH NEW OLD KEYWORD $Junk UNKEYWORD foo", null, new And(List.of(
                        new And(List.of(new Flag("\\Recent", true), new Flag("\\Seen", false))),
                        new Flag("\\Recent", false), new Flag("$Junk", true), new Flag("foo", false))), null),
                arguments("a SEARCH HEADER Message-ID \"<x@y>\" BCC b CC c SUBJECT s BODY d", null, new And(List.of(
                        new Header("Message-ID", "<x@y>"), new Header("Bcc", "b"), new Header("Cc", "c"),
                        new Header("Subject", "s"), new SearchKey.Body("d"))), null),
                arguments("a SEARCH SENTBEFORE \"1-Jan-2000\" SENTON 31-dec-1999 ON 29-Feb-2024 LARGER 10", null,
                        new And(List.of(new Date(Date.Field.SENT, Date.Comparison.BEFORE, LocalDate.of(2000, 1, 1)),
                                new Date(Date.Field.SENT, Date.Comparison.ON, LocalDate.of(1999, 12, 31)),
                                new Date(Date.Field.INTERNAL, Date.Comparison.ON, LocalDate.of(2024, 2, 29)),
                                new SearchKey.Size(true, 10))), null),
                arguments("a SEARCH YOUNGER 3600 NOT OLDER 60", null, new And(List.of(new SearchKey.Age(false, 3600),
                        new Not(new SearchKey.Age(true, 60)))), null),
                arguments("a SEARCH CHARSET UTF-8 SUBJECT \"Élan\"", "UTF-8", new Header("Subject", "Élan"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void parsesSearch(String line, String charset, SearchKey criteria, Set<SearchReturn> returns) throws Exception {
        MessageCommand.Search search = (MessageCommand.Search) Wire.parse(line);
        assertThat(search.charset()).isEqualTo(charset);
        assertThat(search.criteria()).isEqualTo(criteria);
        assertThat(search.returns()).isEqualTo(returns);
    }

    @Test
    void utf8LiteralFromRfc9051AsksForContinuation() throws Exception {
        Wire wire = new Wire("A284 SEARCH CHARSET UTF-8 TEXT {12}\nотпуск\n");
        MessageCommand.Search search = (MessageCommand.Search) wire.next().command();
        assertThat(search.criteria()).isEqualTo(new SearchKey.Text("отпуск"));
        assertThat(wire.continuations).containsExactly(12L);
    }

    @Test
    void decodesValuesInTheGivenCharset() throws Exception {
        byte[] latin1 = "a SEARCH CHARSET ISO-8859-1 SUBJECT {4+}\r\ncafé\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Wire wire = new Wire(latin1, ProtocolLimits.DEFAULT);
        MessageCommand.Search search = (MessageCommand.Search) wire.next().command();
        assertThat(search.criteria()).isEqualTo(new Header("Subject", "café"));
    }

    @Test
    void withoutACharsetOctetsThatAreNotUtf8AreReadAsLatin1() throws Exception {
        byte[] latin1 = "a SEARCH SUBJECT {5+}\r\nGrüße\r\n".getBytes(StandardCharsets.ISO_8859_1);
        MessageCommand.Search search = (MessageCommand.Search) new Wire(latin1, ProtocolLimits.DEFAULT).next().command();
        assertThat(search.criteria()).isEqualTo(new Header("Subject", "Grüße"));
        byte[] utf8 = "a SEARCH SUBJECT {7+}\r\nGrüße\r\n".getBytes(StandardCharsets.UTF_8);
        search = (MessageCommand.Search) new Wire(utf8, ProtocolLimits.DEFAULT).next().command();
        assertThat(search.criteria()).isEqualTo(new Header("Subject", "Grüße"));
    }

    @Test
    void aClientThatNamedUtf8AndSentSomethingElseGetsBad() throws Exception {
        byte[] latin1 = "a SEARCH CHARSET UTF-8 SUBJECT {5+}\r\nGrüße\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Wire wire = new Wire(latin1, ProtocolLimits.DEFAULT);
        assertThat(catchThrowableOfType(ProtocolException.class, wire::next).reason()).isEqualTo("SEARCH: invalid UTF-8");
    }

    @Test
    void searchTextMayBeAnUnquoted8BitAtomAsImaplibSendsIt() throws Exception {
        byte[] line = "a SEARCH CHARSET UTF-8 BODY Köln\r\n".getBytes(StandardCharsets.UTF_8);
        MessageCommand.Search search = (MessageCommand.Search) new Wire(line, ProtocolLimits.DEFAULT).next().command();
        assertThat(search.criteria()).isEqualTo(new SearchKey.Body("Köln"));
    }
}
