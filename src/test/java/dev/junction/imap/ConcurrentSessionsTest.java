package dev.junction.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What one session's APPEND, STORE, EXPUNGE and MOVE look like to another that has the mailbox selected. */
class ConcurrentSessionsTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void theOtherSessionSeesExpungesFlagsAndArrivalsAtItsNextCommand() throws Exception {
        server.deliver("Subject: 1\r\n\r\none\r\n");
        server.deliver("Subject: 2\r\n\r\ntwo\r\n");
        server.deliver("Subject: 3\r\n\r\nthree\r\n");
        try (ImapClient a = server.alice(); ImapClient b = server.alice()) {
            a.ok("SELECT INBOX");
            b.ok("SELECT INBOX");
            b.write("x APPEND INBOX {5+}\r\nhello\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(b.untilTagged("x")).containsExactly("* 4 EXISTS", "* 1 RECENT", "x OK [APPENDUID "
                    + server.inbox().uidValidity() + " 4] APPEND completed");
            b.ok("STORE 1 +FLAGS (\\Seen)");
            b.ok("STORE 2 +FLAGS (\\Deleted)");
            b.ok("EXPUNGE");
            b.ok("UID STORE 3 +FLAGS (\\Flagged $Later)");
            // NOOP names no messages, so one catch-up tells all: the expunge first, then flags
            // numbered after it, then the count with the arrival (3 before, one gone, one new), and
            // A's recent messages: its first and third, as B's APPEND made the new one B's.
            assertThat(a.ok("NOOP")).containsExactly(
                    "* 2 EXPUNGE",
                    "* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent))",
                    "* 2 FETCH (UID 3 FLAGS (\\Flagged \\Recent $Later))",
                    "* 3 EXISTS",
                    "* 2 RECENT");
            b.ok("MOVE 1 Archive");
            assertThat(a.ok("NOOP")).containsExactly("* 1 EXPUNGE");
            assertThat(a.ok("NOOP")).isEmpty();
        }
    }

    @Test
    void expungesWaitWhileTheOtherSessionFetchesOrStoresBySequenceNumber() throws Exception {
        server.deliver("Subject: 1\r\n\r\none\r\n");
        server.deliver("Subject: 2\r\n\r\ntwo\r\n");
        try (ImapClient a = server.alice(); ImapClient b = server.alice()) {
            a.ok("SELECT INBOX");
            b.ok("SELECT INBOX");
            b.ok("STORE 1 +FLAGS.SILENT (\\Deleted)");
            b.ok("EXPUNGE");
            // Message 2 keeps its number in A's STORE: the EXPUNGE waits for a command that allows it.
            assertThat(a.ok("STORE 2 +FLAGS (\\Seen)")).containsExactly("* 2 FETCH (FLAGS (\\Seen \\Recent))");
            assertThat(a.ok("UID STORE 2 -FLAGS (\\Seen)")).containsExactly("* 2 FETCH (UID 2 FLAGS (\\Recent))", "* 1 EXPUNGE");
        }
    }
}
