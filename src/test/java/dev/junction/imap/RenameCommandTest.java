package dev.junction.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** RENAME (RFC 9051 6.3.6): hierarchy, INBOX, refusals, and sessions that have the mailbox selected. */
class RenameCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void renamesTheMailboxWithItsInferiorsAndSubscriptions() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("CREATE Lists/junction/dev");
            c.ok("SUBSCRIBE Lists/junction");
            long uidValidity = server.mailbox(server.alice, "Lists/junction").uidValidity();
            c.run("""
                    C: a RENAME Lists Work/Projects
                    S: a OK RENAME completed
                    C: b LIST "" Work*
                    S: \\* LIST \\(\\\\HasChildren\\) "/" "Work"
                    S: \\* LIST \\(\\\\HasChildren\\) "/" "Work/Projects"
                    S: \\* LIST \\(\\\\HasChildren\\) "/" "Work/Projects/junction"
                    S: \\* LIST \\(\\\\HasNoChildren\\) "/" "Work/Projects/junction/dev"
                    S: b OK LIST completed
                    C: c LSUB "" W*
                    S: \\* LSUB \\(\\) "/" "Work/Projects/junction"
                    S: c OK LSUB completed
                    C: d LIST "" Lists*
                    S: d OK LIST completed
                    """);
            assertThat(server.mailbox(server.alice, "Work/Projects/junction").uidValidity()).isEqualTo(uidValidity);
        }
    }

    @Test
    void refusesMissingSourceExistingTargetAndMovesIntoItself() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("CREATE Lists/junction");
            c.run("""
                    C: a RENAME Nowhere Else
                    S: a NO \\[NONEXISTENT\\] Mailbox does not exist
                    C: b RENAME Sent Drafts
                    S: b NO \\[ALREADYEXISTS\\] Mailbox already exists
                    C: c RENAME Lists Lists/junction/deeper
                    S: c NO \\[CANNOT\\] Cannot rename Lists into itself
                    C: d RENAME Lists "a//b"
                    S: d NO \\[CANNOT\\] .*
                    C: e RENAME Sent inbox
                    S: e NO \\[ALREADYEXISTS\\] Mailbox already exists
                    C: f LIST "" Lists*
                    S: \\* LIST \\(\\\\HasChildren\\) "/" "Lists"
                    S: \\* LIST \\(\\\\HasNoChildren\\) "/" "Lists/junction"
                    S: f OK LIST completed
                    """);
        }
    }

    @Test
    void renamingInboxMovesItsMessagesAndLeavesItEmpty() throws Exception {
        server.deliver(server.alice, "INBOX", "Subject: one\r\n\r\nbody\r\n", Set.of("\\Seen"));
        server.deliver(server.alice, "INBOX", "Subject: two\r\n\r\nbody\r\n", Set.of());
        try (ImapClient c = server.alice()) {
            c.ok("CREATE INBOX/sub");
            c.run("""
                    C: a RENAME inbox Old/2025
                    S: a OK RENAME completed
                    C: b STATUS INBOX (MESSAGES UIDNEXT)
                    S: \\* STATUS "INBOX" \\(MESSAGES 0 UIDNEXT 3\\)
                    S: b OK STATUS completed
                    C: c STATUS Old/2025 (MESSAGES UNSEEN)
                    S: \\* STATUS "Old/2025" \\(MESSAGES 2 UNSEEN 1\\)
                    S: c OK STATUS completed
                    C: d LIST "" INBOX*
                    S: \\* LIST \\(\\\\HasChildren\\) "/" "INBOX"
                    S: \\* LIST \\(\\\\HasNoChildren\\) "/" "INBOX/sub"
                    S: d OK LIST completed
                    """);
        }
    }

    @Test
    void renamingTheSelectedInboxReportsItsMessagesExpunged() throws Exception {
        server.deliver("Subject: one\r\n\r\nbody\r\n");
        server.deliver("Subject: two\r\n\r\nbody\r\n");
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.ok("RENAME INBOX Saved")).containsExactly("* 2 EXPUNGE", "* 1 EXPUNGE");
            server.deliver("Subject: three\r\n\r\nbody\r\n");
            assertThat(c.ok("NOOP")).as("INBOX stays selected").containsExactly("* 1 EXISTS", "* 1 RECENT");
        }
    }

    @Test
    void aSelectedMailboxStaysSelectedUnderItsNewName() throws Exception {
        server.stores.mailStore().create(server.alice.id(), "Projects", null);
        server.deliver(server.alice, "Projects", "Subject: one\r\n\r\nbody\r\n", Set.of());
        try (ImapClient c = server.alice(); ImapClient other = server.alice()) {
            c.ok("SELECT Projects");
            other.ok("SELECT Projects");
            assertThat(c.ok("RENAME Projects Done")).isEmpty();
            server.deliver(server.alice, "Done", "Subject: two\r\n\r\nbody\r\n", Set.of());
            assertThat(c.ok("NOOP")).containsExactly("* 2 EXISTS", "* 2 RECENT");
            assertThat(other.ok("NOOP")).as("the other session keeps the same mailbox").containsExactly("* 2 EXISTS", "* 0 RECENT");
            assertThat(c.ok("STATUS Done (MESSAGES)")).containsExactly("* STATUS \"Done\" (MESSAGES 2)");
            assertThat(c.command("STATUS Projects (MESSAGES)").getLast()).matches("t\\d+ NO \\[NONEXISTENT\\] .*");
        }
    }
}
