package dev.junction.imap.thread;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** THREAD=ORDEREDSUBJECT (RFC 5256 section 3) and the thread-list syntax. */
class OrderedSubjectThreaderTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static ThreadMessage message(long n, int minutes, String baseSubject) {
        return new ThreadMessage(n, T0.plusSeconds(60L * minutes), null, List.of(), baseSubject, false);
    }

    @Test
    void oneThreadPerSubjectOrderedByTheFirstMessagesSentDate() {
        List<ThreadNode> threads = OrderedSubjectThreader.thread(List.of(
                message(1, 50, "LUNCH"),
                message(2, 10, "BUDGET"),
                message(3, 30, "BUDGET"),
                message(4, 20, "BUDGET"),
                message(5, 40, "PARTY"),
                message(6, 40, "LUNCH")));
        // BUDGET starts at 10 with 2; PARTY and LUNCH both start at 40, so mailbox order: 5, then 6.
        assertThat(ThreadList.format(threads)).isEqualTo("(2 (4)(3))(5)(6 1)");
    }

    @Test
    void equalDatesGoInMailboxOrder() {
        assertThat(ThreadList.format(OrderedSubjectThreader.thread(List.of(
                message(3, 0, "A"), message(1, 0, "A"), message(2, 0, "B"))))).isEqualTo("(1 3)(2)");
    }

    @Test
    void formatsDummiesAndNesting() {
        ThreadNode dummy = new ThreadNode(0, List.of(ThreadNode.leaf(3), ThreadNode.leaf(5)));
        ThreadNode branch = new ThreadNode(44, List.of(new ThreadNode(7, List.of(ThreadNode.leaf(96)))));
        ThreadNode deep = new ThreadNode(3, List.of(new ThreadNode(6, List.of(
                new ThreadNode(4, List.of(ThreadNode.leaf(23))), branch))));
        assertThat(ThreadList.format(List.of(ThreadNode.leaf(2), deep, dummy)))
                .isEqualTo("(2)(3 6 (4 23)(44 7 96))((3)(5))");
        assertThat(ThreadList.format(List.of())).isEmpty();
    }
}
