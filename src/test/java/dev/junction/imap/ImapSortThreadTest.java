package dev.junction.imap;

import dev.junction.store.StoredMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SORT, UID SORT, THREAD and UID THREAD over {@link SearchFixture}'s ten messages (sequence
 * numbers 1 to 10, UIDs 2 to 11). The expected orders are worked out by hand from the messages.
 */
class ImapSortThreadTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    private List<StoredMessage> messages;

    @BeforeEach
    void fill() {
        messages = SearchFixture.fill(server);
    }

    @Test
    void sortsByEachKey() throws Exception {
        try (ImapClient c = server.aliceIn("INBOX")) {
            // Sent dates; message 5 has none and sorts by its internal date (5 March).
            assertThat(c.ok("SORT (DATE) UTF-8 ALL")).containsExactly("* SORT 3 1 2 4 6 7 8 5 9 10");
            // Message 9 was stored with an internal date of 1 March, before all others.
            assertThat(c.ok("SORT (ARRIVAL) UTF-8 ALL")).containsExactly("* SORT 9 3 1 2 4 6 7 8 5 10");
            // First From mailbox; no From sorts first; ANNA twice goes in mailbox order.
            assertThat(c.ok("SORT (FROM) UTF-8 ALL")).containsExactly("* SORT 10 2 8 3 5 6 4 7 9 1");
            assertThat(c.ok("SORT (REVERSE FROM) UTF-8 ALL")).containsExactly("* SORT 1 9 7 4 6 5 3 2 8 10");
            // Display names, decoded (Émile sorts after Z), else the address.
            assertThat(c.ok("SORT (DISPLAYFROM) UTF-8 ALL")).containsExactly("* SORT 10 8 2 3 5 6 7 9 1 4");
            assertThat(c.ok("SORT (TO) UTF-8 ALL")).containsExactly("* SORT 1 4 6 9 10 5 7 8 3 2");
            assertThat(c.ok("SORT (DISPLAYTO) UTF-8 ALL")).containsExactly("* SORT 2 1 4 6 9 10 5 7 8 3");
            assertThat(c.ok("SORT (CC) UTF-8 ALL")).containsExactly("* SORT 1 3 5 6 7 8 9 10 4 2");
            // Base subjects: "" < BUDGET < LUNCH? < PROJECT KICKOFF < WEEKLY DIGEST.
            assertThat(c.ok("SORT (SUBJECT) UTF-8 ALL")).containsExactly("* SORT 10 6 7 3 5 1 2 4 8 9");
            assertThat(c.ok("SORT (SUBJECT REVERSE DATE) UTF-8 ALL")).containsExactly("* SORT 10 7 6 5 3 8 4 2 1 9");
            assertThat(c.ok("SORT (SIZE) UTF-8 ALL")).containsExactly("* SORT " + bySize());
            assertThat(c.ok("SORT (REVERSE SIZE) US-ASCII ALL").getFirst()).startsWith("* SORT 8 ");
        }
    }

    /** Sequence numbers by stored size, ties in mailbox order. */
    private String bySize() {
        return IntStream.range(0, messages.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> messages.get(i).blob().size()).thenComparing(i -> i))
                .map(i -> String.valueOf(i + 1)).collect(Collectors.joining(" "));
    }

    @Test
    void sortsTheSearchResultAndAnswersUidsForUidSort() throws Exception {
        try (ImapClient c = server.aliceIn("INBOX")) {
            c.run("""
                    C: a SORT (REVERSE DATE) UTF-8 FROM anna
                    S: \\* SORT 8 2
                    S: a OK SORT completed
                    C: b UID SORT (REVERSE DATE) UTF-8 FROM anna
                    S: \\* SORT 9 3
                    S: b OK SORT completed
                    C: c SORT (DATE) UTF-8 SUBJECT nothing
                    S: \\* SORT
                    S: c OK SORT completed
                    C: d SORT (SUBJECT) X-NOPE ALL
                    S: d NO \\[BADCHARSET \\(UTF-8 US-ASCII\\)\\] SORT: unsupported charset X-NOPE
                    C: e SORT (FLAVOUR) UTF-8 ALL
                    S: e BAD SORT: unknown sort key FLAVOUR
                    """);
            long highest = messages.get(9).modSeq();
            // MODSEQ turns CONDSTORE on, which first tells the mailbox's HIGHESTMODSEQ (RFC 7162 3.1).
            assertThat(c.ok("SORT (REVERSE ARRIVAL) UTF-8 MODSEQ " + messages.get(7).modSeq()))
                    .containsExactly("* OK [HIGHESTMODSEQ " + highest + "] Highest", "* SORT 10 8 9 (MODSEQ " + highest + ")");
            // A non-ASCII sort criterion in UTF-8 and in ISO-8859-1.
            assertThat(c.ok("SORT (DATE) UTF-8 BODY {5+}\r\nköln")).containsExactly("* SORT 9");
            c.write("f SORT (DATE) ISO-8859-1 FROM {5+}\r\n\u00c9mile\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(c.untilTagged("f")).containsExactly("* SORT 4", "f OK SORT completed");
        }
    }

    @Test
    void threadsByOrderedSubject() throws Exception {
        try (ImapClient c = server.aliceIn("INBOX")) {
            // One thread per base subject, oldest first; threads by their first message's date.
            assertThat(c.ok("THREAD ORDEREDSUBJECT UTF-8 ALL"))
                    .containsExactly("* THREAD (3 5)(1 (2)(4)(8))(6 7)(9)(10)");
            assertThat(c.ok("UID THREAD ORDEREDSUBJECT UTF-8 ALL"))
                    .containsExactly("* THREAD (4 6)(2 (3)(5)(9))(7 8)(10)(11)");
        }
    }

    @Test
    void threadsByReferences() throws Exception {
        try (ImapClient c = server.aliceIn("INBOX")) {
            // 1 <- 2 <- 4 by References; 8 shares 1's subject and is no reply: a dummy holds both.
            // 6 and 7 reply to a message not in the mailbox: a dummy holds both. 5 is a
            // forward of 3 found by subject. 10 has no subject and stays alone.
            assertThat(c.ok("THREAD REFERENCES UTF-8 ALL"))
                    .containsExactly("* THREAD (3 5)((1 2 4)(8))((6)(7))(9)(10)");
            assertThat(c.ok("UID THREAD REFERENCES UTF-8 ALL"))
                    .containsExactly("* THREAD (4 6)((2 3 5)(9))((7)(8))(10)(11)");
            // Only the searched messages are threaded.
            assertThat(c.ok("THREAD REFERENCES US-ASCII SUBJECT kickoff NOT 2"))
                    .containsExactly("* THREAD ((1 4)(8))");
            assertThat(c.ok("THREAD REFERENCES UTF-8 SUBJECT nothing")).containsExactly("* THREAD");
            assertThat(c.command("THREAD FANCY UTF-8 ALL").getLast()).matches("t\\d+ BAD THREAD: unknown thread algorithm FANCY");
        }
    }

    @Test
    void sortAndThreadNeedASelectedMailbox() throws Exception {
        try (ImapClient c = server.alice()) {
            assertThat(c.command("SORT (DATE) UTF-8 ALL").getLast()).matches("t\\d+ BAD Select a mailbox first");
            assertThat(c.command("THREAD REFERENCES UTF-8 ALL").getLast()).matches("t\\d+ BAD Select a mailbox first");
        }
    }
}
