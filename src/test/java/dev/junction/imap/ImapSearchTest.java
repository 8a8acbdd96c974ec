package dev.junction.imap;

import dev.junction.store.MailboxMessages;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEARCH and UID SEARCH over {@link SearchFixture}'s ten messages (sequence numbers 1 to 10, UIDs
 * 2 to 11): rev1 and ESEARCH responses, SEARCHRES, MODSEQ, charsets.
 */
class ImapSearchTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    private List<StoredMessage> messages;

    @BeforeEach
    void fill() {
        messages = SearchFixture.fill(server);
    }

    @Test
    void rev1SearchAnswersSequenceNumbersOrUids() throws Exception {
        try (ImapClient c = server.aliceIn("INBOX")) {
            assertThat(c.ok("SEARCH FLAGGED")).containsExactly("* SEARCH 3 4");
            assertThat(c.ok("UID SEARCH FLAGGED")).containsExactly("* SEARCH 4 5");
            assertThat(c.ok("SEARCH NOT SEEN")).containsExactly("* SEARCH 3 5 6 7 8 9 10");
            assertThat(c.ok("SEARCH FROM anna SUBJECT kickoff")).containsExactly("* SEARCH 2 8");
            assertThat(c.ok("SEARCH OR KEYWORD $Work DELETED")).containsExactly("* SEARCH 6 8");
            assertThat(c.ok("SEARCH TEXT \"count ME\"")).containsExactly("* SEARCH 2");
            assertThat(c.ok("SEARCH HEADER References gone@")).containsExactly("* SEARCH 6 7");
            assertThat(c.ok("SEARCH 9:* UNSEEN")).containsExactly("* SEARCH 9 10");
            assertThat(c.ok("SEARCH UID 3,5:6")).containsExactly("* SEARCH 2 4 5");
            assertThat(c.ok("SEARCH LARGER 1000")).containsExactly("* SEARCH 8");
            // The first SELECT after delivery has every message as recent (RFC 3501 2.3.2).
            assertThat(c.ok("SEARCH RECENT")).containsExactly("* SEARCH 1 2 3 4 5 6 7 8 9 10");
            assertThat(c.ok("SEARCH NEW")).containsExactly("* SEARCH 3 5 6 7 8 9 10");
            assertThat(c.ok("SEARCH OR OLD SEEN")).containsExactly("* SEARCH 1 2 4");
            // Numbers past the end match nothing rather than fail.
            assertThat(c.ok("SEARCH 20:30")).containsExactly("* SEARCH");
            List<String> done = c.command("SEARCH SUBJECT \"no such subject\"");
            assertThat(done).hasSize(2);
            assertThat(done.getFirst()).isEqualTo("* SEARCH");
            assertThat(done.getLast()).matches("t\\d+ OK SEARCH completed");
        }
    }

    @Test
    void returnOptionsAnswerWithEsearch() throws Exception {
        try (ImapClient c = server.aliceIn("INBOX")) {
            c.run("""
                    C: a SEARCH RETURN (MIN MAX COUNT ALL) UNSEEN
                    S: \\* ESEARCH \\(TAG "a"\\) MIN 3 MAX 10 COUNT 7 ALL 3,5:10
                    S: a OK SEARCH completed
                    C: b UID SEARCH RETURN () UNSEEN
                    S: \\* ESEARCH \\(TAG "b"\\) UID ALL 4,6:11
                    S: b OK SEARCH completed
                    C: c SEARCH RETURN (COUNT) SUBJECT nothing
                    S: \\* ESEARCH \\(TAG "c"\\) COUNT 0
                    S: c OK SEARCH completed
                    C: d UID SEARCH RETURN (MIN MAX ALL) SUBJECT nothing
                    S: \\* ESEARCH \\(TAG "d"\\) UID
                    S: d OK SEARCH completed
                    C: e SEARCH RETURN (MAX) FROM anna
                    S: \\* ESEARCH \\(TAG "e"\\) MAX 8
                    S: e OK SEARCH completed
                    """);
        }
    }

    @Test
    void afterEnableImap4rev2PlainSearchAnswersWithEsearch() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("ENABLE IMAP4rev2");
            c.ok("SELECT INBOX");
            c.run("""
                    C: a SEARCH FLAGGED
                    S: \\* ESEARCH \\(TAG "a"\\) ALL 3:4
                    S: a OK SEARCH completed
                    C: b UID SEARCH SUBJECT nothing
                    S: \\* ESEARCH \\(TAG "b"\\) UID
                    S: b OK SEARCH completed
                    C: c SEARCH RETURN (COUNT) SEEN
                    S: \\* ESEARCH \\(TAG "c"\\) COUNT 3
                    S: c OK SEARCH completed
                    """);
        }
    }

    @Test
    void saveKeepsTheResultForDollar() throws Exception {
        try (ImapClient c = server.aliceIn("INBOX")) {
            c.run("""
                    C: a SEARCH RETURN (SAVE) FLAGGED
                    S: a OK SEARCH completed
                    C: b UID SEARCH $
                    S: \\* SEARCH 4 5
                    S: b OK SEARCH completed
                    C: c SEARCH $ SEEN
                    S: \\* SEARCH 4
                    S: c OK SEARCH completed
                    C: d SEARCH UID $
                    S: \\* SEARCH 3 4
                    S: d OK SEARCH completed
                    C: e SEARCH RETURN (SAVE MIN) UNSEEN
                    S: \\* ESEARCH \\(TAG "e"\\) MIN 3
                    S: e OK SEARCH completed
                    C: f SEARCH $
                    S: \\* SEARCH 3
                    S: f OK SEARCH completed
                    C: g SEARCH RETURN (SAVE MIN MAX) UNSEEN
                    S: \\* ESEARCH \\(TAG "g"\\) MIN 3 MAX 10
                    S: g OK SEARCH completed
                    C: h SEARCH $
                    S: \\* SEARCH 3 10
                    S: h OK SEARCH completed
                    C: i UID SEARCH RETURN (SAVE MIN COUNT) UNSEEN
                    S: \\* ESEARCH \\(TAG "i"\\) UID MIN 4 COUNT 7
                    S: i OK SEARCH completed
                    C: j SEARCH $
                    S: \\* SEARCH 3 5 6 7 8 9 10
                    S: j OK SEARCH completed
                    """);
        }
    }

    @Test
    void aFailedSaveSearchEmptiesDollarAndSelectForgetsIt() throws Exception {
        try (ImapClient c = server.aliceIn("INBOX")) {
            c.run("""
                    C: a SEARCH RETURN (SAVE) SEEN
                    S: a OK SEARCH completed
                    C: b SEARCH CHARSET X-NOPE SUBJECT x
                    S: b NO \\[BADCHARSET \\(UTF-8 US-ASCII\\)\\] SEARCH: unsupported charset X-NOPE
                    C: c SEARCH $
                    S: \\* SEARCH 1 2 4
                    S: c OK SEARCH completed
                    C: d SEARCH RETURN (SAVE) CHARSET X-NOPE SUBJECT x
                    S: d NO \\[BADCHARSET \\(UTF-8 US-ASCII\\)\\] SEARCH: unsupported charset X-NOPE
                    C: e SEARCH $
                    S: \\* SEARCH
                    S: e OK SEARCH completed
                    C: f SEARCH RETURN (SAVE) SEEN
                    S: f OK SEARCH completed
                    """);
            c.ok("SELECT INBOX");
            assertThat(c.ok("SEARCH $")).containsExactly("* SEARCH");
        }
    }

    @Test
    void modSeqReportsTheHighestModSeqOfWhatIsReturned() throws Exception {
        long m8 = messages.get(7).modSeq();
        long m9 = messages.get(8).modSeq();
        long m10 = messages.get(9).modSeq();
        assertThat(m8).isLessThan(m9);
        assertThat(m9).isLessThan(m10);
        try (ImapClient c = server.aliceIn("INBOX")) {
            // MODSEQ turns CONDSTORE on, which first tells the mailbox's HIGHESTMODSEQ (RFC 7162 3.1).
            assertThat(c.ok("SEARCH MODSEQ " + m8)).containsExactly("* OK [HIGHESTMODSEQ " + m10 + "] Highest",
                    "* SEARCH 8 9 10 (MODSEQ " + m10 + ")");
            assertThat(c.ok("UID SEARCH MODSEQ \"/flags/\\\\seen\" all " + m9)).containsExactly("* SEARCH 10 11 (MODSEQ " + m10 + ")");
            assertThat(c.ok("SEARCH MODSEQ " + (m10 + 1))).containsExactly("* SEARCH");
            c.run("""
                    C: a SEARCH RETURN (MIN) MODSEQ %1$d
                    S: \\* ESEARCH \\(TAG "a"\\) MIN 8 MODSEQ %1$d
                    S: a OK SEARCH completed
                    C: b SEARCH RETURN (MIN MAX) MODSEQ %1$d NOT 10
                    S: \\* ESEARCH \\(TAG "b"\\) MIN 8 MAX 9 MODSEQ %2$d
                    S: b OK SEARCH completed
                    C: c UID SEARCH RETURN (COUNT) MODSEQ %1$d
                    S: \\* ESEARCH \\(TAG "c"\\) UID COUNT 3 MODSEQ %3$d
                    S: c OK SEARCH completed
                    C: d SEARCH RETURN (ALL) MODSEQ %4$d
                    S: \\* ESEARCH \\(TAG "d"\\)
                    S: d OK SEARCH completed
                    """.formatted(m8, m9, m10, m10 + 1));
        }
    }

    @Test
    void aModSeqSearchTurnsCondstoreOn() throws Exception {
        try (ImapClient plain = server.aliceIn("INBOX"); ImapClient condstore = server.aliceIn("INBOX")) {
            condstore.ok("SEARCH MODSEQ 1");
            server.stores.mailStore().store(server.inbox().id(), UidSet.of(messages.get(1).uid()),
                    MailboxMessages.StoreMode.ADD, Set.of("\\Flagged"), MailboxMessages.ANY_MODSEQ);
            assertThat(condstore.ok("NOOP")).singleElement().asString()
                    .matches("\\* 2 FETCH \\(UID 3 FLAGS \\(.*\\\\Flagged.*\\) MODSEQ \\(\\d+\\)\\)");
            assertThat(plain.ok("NOOP")).singleElement().asString()
                    .matches("\\* 2 FETCH \\(UID 3 FLAGS \\(.*\\\\Flagged.*\\)\\)");
        }
    }

    @Test
    void charsetsConvertTheSearchStrings() throws Exception {
        try (ImapClient c = server.aliceIn("INBOX")) {
            // "köln" is 5 octets in UTF-8; the body is quoted-printable UTF-8.
            assertThat(c.ok("SEARCH CHARSET UTF-8 BODY {5+}\r\nköln")).containsExactly("* SEARCH 9");
            assertThat(c.ok("SEARCH CHARSET UTF-8 FROM \"émile\"")).containsExactly("* SEARCH 4");
            assertThat(c.ok("UID SEARCH CHARSET US-ASCII FROM roux")).containsExactly("* SEARCH 5");
            // The same name in ISO-8859-1: one octet per letter.
            c.write("a SEARCH CHARSET ISO-8859-1 FROM {5+}\r\n\u00c9mile\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(c.untilTagged("a")).containsExactly("* SEARCH 4", "a OK SEARCH completed");
        }
    }

    @Test
    void sequenceNumberSearchesHoldExpungesBackAndUidSearchesReportThem() throws Exception {
        try (ImapClient c = server.aliceIn("INBOX")) {
            server.stores.mailStore().expunge(server.inbox().id(), UidSet.of(messages.get(9).uid()), false);
            assertThat(c.ok("SEARCH ALL")).containsExactly("* SEARCH 1 2 3 4 5 6 7 8 9");
            assertThat(c.ok("UID SEARCH 10")).containsExactly("* SEARCH", "* 10 EXPUNGE");
            assertThat(c.ok("SEARCH 10")).containsExactly("* SEARCH");
        }
    }

    @Test
    void unreadableContentFailsTheCommandNotTheSession() throws Exception {
        server.stores.blobs().delete(messages.get(2).blob().id());
        try (ImapClient c = server.aliceIn("INBOX")) {
            c.ok("SEARCH RETURN (SAVE) ALL");
            assertThat(c.command("SEARCH RETURN (SAVE) BODY noon").getLast())
                    .matches("t\\d+ NO \\[UNAVAILABLE\\] Message content is not available now");
            assertThat(c.ok("SEARCH $")).containsExactly("* SEARCH");
            // Keys the store row answers still work on that message.
            assertThat(c.ok("SEARCH FLAGGED")).containsExactly("* SEARCH 3 4");
            assertThat(c.command("SORT (SUBJECT) UTF-8 ALL").getLast()).matches("t\\d+ NO \\[UNAVAILABLE\\] .*");
            assertThat(c.command("THREAD REFERENCES UTF-8 ALL").getLast()).matches("t\\d+ NO \\[UNAVAILABLE\\] .*");
            assertThat(c.ok("SORT (SIZE) UTF-8 FLAGGED")).containsExactly("* SORT 3 4");
        }
    }

    @Test
    void searchNeedsASelectedMailboxAndValidSyntax() throws Exception {
        try (ImapClient c = server.alice()) {
            assertThat(c.command("SEARCH ALL").getLast()).matches("t\\d+ BAD Select a mailbox first");
            c.ok("SELECT INBOX");
            assertThat(c.command("SEARCH FROB").getLast()).matches("t\\d+ BAD .*unknown search key FROB");
            assertThat(c.command("SEARCH RETURN (PARTIAL) ALL").getLast()).matches("t\\d+ BAD .*");
            assertThat(c.ok("NOOP")).isEmpty();
        }
    }
}
