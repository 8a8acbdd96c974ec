package dev.junction.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code \Recent} for IMAP4rev1 clients (RFC 3501 2.3.2, 6.3.1, 6.3.2, 7.3.2): one session has each message as recent. */
class ImapRecentTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void theFirstSelectAfterDeliveryTakesTheMessagesAndTheNextSelectFindsNone() throws Exception {
        server.deliver("Subject: one\r\n\r\nbody\r\n");
        server.deliver(server.alice, "INBOX", "Subject: two\r\n\r\nbody\r\n", Set.of("\\Seen"));
        try (ImapClient first = server.alice(); ImapClient second = server.alice()) {
            assertThat(first.ok("SELECT INBOX")).contains("* 2 EXISTS", "* 2 RECENT");
            assertThat(first.ok("FETCH 1:* FLAGS")).containsExactly(
                    "* 1 FETCH (FLAGS (\\Recent))", "* 2 FETCH (FLAGS (\\Seen \\Recent))");
            assertThat(second.ok("SELECT INBOX")).contains("* 2 EXISTS", "* 0 RECENT");
            assertThat(second.ok("FETCH 1:* FLAGS")).containsExactly(
                    "* 1 FETCH (FLAGS ())", "* 2 FETCH (FLAGS (\\Seen))");
            // Selecting again in the same session does not give them back.
            assertThat(first.ok("SELECT INBOX")).contains("* 0 RECENT");
        }
    }

    @Test
    void examineSeesRecentMessagesButLeavesThemToTheNextSelect() throws Exception {
        server.deliver("Subject: one\r\n\r\nbody\r\n");
        try (ImapClient examining = server.alice(); ImapClient selecting = server.alice()) {
            assertThat(examining.ok("EXAMINE INBOX")).contains("* 1 EXISTS", "* 1 RECENT");
            assertThat(examining.ok("FETCH 1 FLAGS")).containsExactly("* 1 FETCH (FLAGS (\\Recent))");
            assertThat(examining.ok("STATUS INBOX (RECENT)")).containsExactly("* STATUS \"INBOX\" (RECENT 1)");
            assertThat(selecting.ok("SELECT INBOX")).contains("* 1 RECENT");
            assertThat(selecting.ok("STATUS INBOX (RECENT)")).containsExactly("* STATUS \"INBOX\" (RECENT 0)");
            server.deliver("Subject: two\r\n\r\nbody\r\n");
            // The examining session catches up first yet takes nothing: the selecting one gets it.
            assertThat(examining.ok("NOOP")).containsExactly("* 2 EXISTS", "* 2 RECENT");
            assertThat(selecting.ok("NOOP")).containsExactly("* 2 EXISTS", "* 2 RECENT");
            assertThat(examining.ok("NOOP")).isEmpty();
            assertThat(examining.ok("FETCH 1:* FLAGS")).containsExactly(
                    "* 1 FETCH (FLAGS (\\Recent))", "* 2 FETCH (FLAGS (\\Recent))");
        }
        try (ImapClient later = server.alice()) {
            assertThat(later.ok("EXAMINE INBOX")).contains("* 0 RECENT");
        }
    }

    @Test
    void anArrivalIsRecentInTheOneSelectedSessionThatCatchesUpFirst() throws Exception {
        server.deliver("Subject: old\r\n\r\nbody\r\n");
        try (ImapClient a = server.alice(); ImapClient b = server.alice()) {
            a.ok("SELECT INBOX");
            b.ok("SELECT INBOX");
            server.deliver("Subject: new\r\n\r\nbody\r\n");
            List<String> toA = a.ok("NOOP");
            List<String> toB = b.ok("NOOP");
            assertThat(toA).first().isEqualTo("* 2 EXISTS");
            assertThat(toB).first().isEqualTo("* 2 EXISTS");
            int recentA = recentCount(toA) - 1; // a took the first message at SELECT
            int recentB = recentCount(toB);
            assertThat(recentA + recentB).isEqualTo(1);
            assertThat(recentA).as("a caught up first").isEqualTo(1);
            assertThat(a.ok("SEARCH RECENT")).containsExactly("* SEARCH 1 2");
            assertThat(b.ok("UID FETCH 2 FLAGS")).containsExactly("* 2 FETCH (UID 2 FLAGS ())");
        }
    }

    @Test
    void flagUpdatesAndStoreRepliesCarryRecent() throws Exception {
        server.deliver("Subject: one\r\n\r\nbody\r\n");
        try (ImapClient c = server.alice(); ImapClient other = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.ok("STORE 1 +FLAGS (\\Flagged)")).containsExactly("* 1 FETCH (FLAGS (\\Flagged \\Recent))");
            other.ok("SELECT INBOX");
            other.ok("STORE 1 +FLAGS (\\Seen)");
            assertThat(c.ok("NOOP")).containsExactly("* 1 FETCH (UID 1 FLAGS (\\Flagged \\Seen \\Recent))");
            assertThat(c.command("STORE 1 -FLAGS (\\Recent)").getLast()).endsWith("BAD Invalid system flag \\Recent");
        }
    }

    @Test
    void searchRecentNewAndOldAreTheSessionsRecentMessages() throws Exception {
        server.deliver("Subject: one\r\n\r\nbody\r\n");
        try (ImapClient first = server.alice()) {
            first.ok("SELECT INBOX");
        }
        server.deliver("Subject: two\r\n\r\nbody\r\n");
        server.deliver(server.alice, "INBOX", "Subject: three\r\n\r\nbody\r\n", Set.of("\\Seen"));
        try (ImapClient c = server.alice()) {
            assertThat(c.ok("STATUS INBOX (MESSAGES RECENT)")).containsExactly("* STATUS \"INBOX\" (MESSAGES 3 RECENT 2)");
            assertThat(c.ok("SELECT INBOX")).contains("* 3 EXISTS", "* 2 RECENT");
            assertThat(c.ok("SEARCH RECENT")).containsExactly("* SEARCH 2 3");
            assertThat(c.ok("SEARCH NEW")).containsExactly("* SEARCH 2");
            assertThat(c.ok("SEARCH OLD")).containsExactly("* SEARCH 1");
            assertThat(c.ok("STATUS INBOX (RECENT)")).containsExactly("* STATUS \"INBOX\" (RECENT 0)");
        }
    }

    @Test
    void imap4rev2SessionsNeitherSeeNorTakeRecent() throws Exception {
        server.deliver("Subject: one\r\n\r\nbody\r\n");
        try (ImapClient rev2 = server.alice(); ImapClient rev1 = server.alice()) {
            rev2.ok("ENABLE IMAP4rev2");
            assertThat(rev2.ok("SELECT INBOX")).contains("* 1 EXISTS").noneMatch(l -> l.contains("RECENT"));
            assertThat(rev2.ok("FETCH 1 FLAGS")).containsExactly("* 1 FETCH (FLAGS ())");
            assertThat(rev2.ok("STATUS INBOX (RECENT)")).containsExactly("* STATUS \"INBOX\" (RECENT 0)");
            server.deliver("Subject: two\r\n\r\nbody\r\n");
            assertThat(rev2.ok("NOOP")).containsExactly("* 2 EXISTS");
            assertThat(rev2.ok("STORE 2 +FLAGS (\\Flagged)")).containsExactly("* 2 FETCH (FLAGS (\\Flagged))");
            // What rev2 sessions saw is still recent for the first IMAP4rev1 SELECT.
            assertThat(rev1.ok("SELECT INBOX")).contains("* 2 RECENT");
        }
    }

    private static int recentCount(List<String> lines) {
        return lines.stream().filter(l -> l.matches("\\* \\d+ RECENT"))
                .mapToInt(l -> Integer.parseInt(l.split(" ")[1])).reduce((x, y) -> y).orElse(-1);
    }
}
