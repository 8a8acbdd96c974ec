package dev.junction.imap.thread;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** THREAD=REFERENCES (RFC 5256 section 3), written in the response's thread-list syntax. */
class ReferencesThreaderTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    /** Message {@code n}, sent {@code n} minutes after T0 unless said otherwise, subject unique to it. */
    private static ThreadMessage message(long n, String id, String... references) {
        return new ThreadMessage(n, T0.plusSeconds(60 * n), id, List.of(references), "SUBJECT " + n, false);
    }

    private static ThreadMessage withSubject(ThreadMessage m, String base, boolean reply) {
        return new ThreadMessage(m.number(), m.sent(), m.messageId(), m.references(), base, reply);
    }

    private static ThreadMessage sentAt(ThreadMessage m, int minutes) {
        return new ThreadMessage(m.number(), T0.plusSeconds(60L * minutes), m.messageId(), m.references(),
                m.baseSubject(), m.replyOrForward());
    }

    private static String thread(ThreadMessage... messages) {
        return ThreadList.format(ReferencesThreader.thread(List.of(messages)));
    }

    @Test
    void buildsTheRfcExampleTree() {
        // RFC 5256's sample response: (2)(3 6 (4 23)(44 7 96))
        String threads = thread(
                message(2, "<2@x>"),
                message(3, "<3@x>"),
                message(4, "<4@x>", "<3@x>", "<6@x>"),
                message(6, "<6@x>", "<3@x>"),
                message(7, "<7@x>", "<3@x>", "<6@x>", "<44@x>"),
                message(23, "<23@x>", "<3@x>", "<6@x>", "<4@x>"),
                message(44, "<44@x>", "<3@x>", "<6@x>"),
                message(96, "<96@x>", "<3@x>", "<6@x>", "<44@x>", "<7@x>"));
        assertThat(threads).isEqualTo("(2)(3 6 (4 23)(44 7 96))");
    }

    @Test
    void inReplyToAloneLinksAReplyToItsParent() {
        // threadReferences() gives the first In-Reply-To id when there is no References.
        assertThat(thread(message(1, "<a@x>"), message(2, "<b@x>", "<a@x>"))).isEqualTo("(1 2)");
    }

    @Test
    void aMissingParentOfSeveralTopLevelRepliesStaysAsADummy() {
        assertThat(thread(message(3, "<3@x>", "<gone@x>"), message(5, "<5@x>", "<gone@x>"))).isEqualTo("((3)(5))");
    }

    @Test
    void aMissingParentOfOneReplyIsPruned() {
        assertThat(thread(message(3, "<3@x>", "<gone@x>"))).isEqualTo("(3)");
    }

    @Test
    void aMissingMessageInsideAThreadGivesItsChildrenToItsParent() {
        // 1 <- (missing) <- 2 and 1 <- (missing) <- 3: both become children of 1.
        assertThat(thread(
                message(1, "<1@x>"),
                message(2, "<2@x>", "<1@x>", "<gone@x>"),
                message(3, "<3@x>", "<1@x>", "<gone@x>"))).isEqualTo("(1 (2)(3))");
    }

    @Test
    void siblingsAreSortedBySentDateThenByMailboxOrder() {
        assertThat(thread(
                message(1, "<1@x>"),
                sentAt(message(2, "<2@x>", "<1@x>"), 30),
                sentAt(message(3, "<3@x>", "<1@x>"), 20),
                sentAt(message(4, "<4@x>", "<1@x>"), 20))).isEqualTo("(1 (3)(4)(2))");
        // Threads too, by their first message; a dummy by its first child.
        assertThat(thread(
                sentAt(message(1, "<1@x>"), 50),
                sentAt(message(2, "<2@x>", "<gone@x>"), 40),
                sentAt(message(3, "<3@x>", "<gone@x>"), 10))).isEqualTo("((3)(2))(1)");
    }

    @Test
    void loopsInReferencesAreNotFollowed() {
        // 1 says it replies to 2, 2 says it replies to 1: the first link made stands.
        assertThat(thread(message(1, "<a@x>", "<b@x>"), message(2, "<b@x>", "<a@x>"))).isEqualTo("(2 1)");
        // A message that refers to itself, and a References list that goes round in a circle.
        assertThat(thread(message(1, "<a@x>", "<a@x>"))).isEqualTo("(1)");
        assertThat(thread(
                message(1, "<a@x>"),
                message(2, "<b@x>", "<a@x>", "<c@x>", "<a@x>", "<c@x>"))).isEqualTo("(1 2)");
    }

    @Test
    void aDuplicateMessageIdBelongsToTheFirstMessageOnly() {
        assertThat(thread(
                message(1, "<same@x>"),
                message(2, "<same@x>"),
                message(3, "<r@x>", "<same@x>"))).isEqualTo("(1 3)(2)");
    }

    @Test
    void messagesWithoutAnIdAreThreadsOfTheirOwn() {
        assertThat(thread(message(1, null), message(2, null, "<gone@x>"), message(3, null))).isEqualTo("(1)(2)(3)");
    }

    @Test
    void quotingInAnIdDoesNotMatter() {
        assertThat(thread(
                message(1, "<\"01KF8JCEOCBS0045PS\"@xxx.yyy.com>"),
                message(2, "<2@x>", "<01KF8JCEOCBS0045PS@xxx.yyy.com>"))).isEqualTo("(1 2)");
        assertThat(ReferencesThreader.normalize("<\"a\\\"b c\"@x>")).isEqualTo("<a\"b c@x>");
    }

    @Test
    void idsCompareCaseSensitively() {
        assertThat(thread(message(1, "<Abc@x>"), message(2, "<2@x>", "<abc@x>"))).isEqualTo("(1)(2)");
    }

    @Test
    void aMessageKeepsTheParentItsOwnReferencesName() {
        // 3 was first placed under 1 by message 4's References; its own References say 2.
        assertThat(thread(
                message(1, "<1@x>"),
                message(2, "<2@x>"),
                message(4, "<4@x>", "<1@x>", "<3@x>"),
                message(5, "<3@x>", "<2@x>"))).isEqualTo("(1)(2 5 4)");
    }

    @Test
    void linksMadeByEarlierReferencesStand() {
        // 2 places b under a; 3's References claim c is b's parent, which is ignored.
        assertThat(thread(
                message(1, "<a@x>"),
                message(2, "<b@x>", "<a@x>"),
                message(3, "<3@x>", "<c@x>", "<b@x>"))).isEqualTo("(1 2 3)");
    }

    @Test
    void threadsWithTheSameSubjectAreGathered() {
        // A reply without references joins the thread of the original.
        assertThat(thread(
                withSubject(message(1, "<1@x>"), "HELLO", false),
                withSubject(message(2, "<2@x>"), "HELLO", true))).isEqualTo("(1 2)");
        // The original is found even when the reply came first.
        assertThat(thread(
                sentAt(withSubject(message(1, "<1@x>"), "HELLO", true), 1),
                sentAt(withSubject(message(2, "<2@x>"), "HELLO", false), 2))).isEqualTo("(2 1)");
        // Two originals: a dummy holds both.
        assertThat(thread(
                withSubject(message(1, "<1@x>"), "HELLO", false),
                withSubject(message(2, "<2@x>"), "HELLO", false),
                withSubject(message(3, "<3@x>"), "HELLO", false))).isEqualTo("((1)(2)(3))");
        // A dummy of the subject takes in the messages and merges with another dummy.
        assertThat(thread(
                withSubject(message(1, "<1@x>", "<gone@x>"), "HELLO", false),
                withSubject(message(2, "<2@x>", "<gone@x>"), "HELLO", false),
                withSubject(message(3, "<3@x>", "<lost@x>"), "HELLO", false),
                withSubject(message(4, "<4@x>", "<lost@x>"), "HELLO", false),
                withSubject(message(5, "<5@x>"), "HELLO", true))).isEqualTo("((1)(2)(3)(4)(5))");
    }

    @Test
    void anEmptySubjectGathersNothing() {
        assertThat(thread(
                withSubject(message(1, "<1@x>"), "", false),
                withSubject(message(2, "<2@x>"), "", true))).isEqualTo("(1)(2)");
    }

    @Test
    void nothingToThread() {
        assertThat(thread()).isEmpty();
    }

    @Test
    void aChainAsLongAsAMailboxDoesNotExhaustTheStack() {
        List<ThreadMessage> chain = new ArrayList<>();
        chain.add(message(1, "<1@x>"));
        for (int n = 2; n <= 20_000; n++) chain.add(message(n, "<" + n + "@x>", "<" + (n - 1) + "@x>"));
        String threads = ThreadList.format(ReferencesThreader.thread(chain));
        assertThat(threads).startsWith("(1 2 3 ").endsWith(" 19999 20000)");
        // Branching at every level nests a list in a list each time.
        List<ThreadMessage> branches = new ArrayList<>();
        branches.add(message(1, "<1@x>"));
        for (int n = 2; n <= 10_000; n += 2) {
            branches.add(message(n, "<" + n + "@x>", "<" + (n - 1) + "@x>"));
            branches.add(message(n + 1, "<" + (n + 1) + "@x>", "<" + (n - 1) + "@x>"));
        }
        assertThat(ThreadList.format(ReferencesThreader.thread(branches))).startsWith("(1 (2)(3 (4)(5 (6)(7 ");
    }
}
