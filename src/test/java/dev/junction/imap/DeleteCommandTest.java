package dev.junction.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** DELETE (RFC 9051 6.3.5), including the mailbox a session has selected. */
class DeleteCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void deletesAMailboxAndRefusesInboxMissingNamesAndNoselectParents() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("CREATE Lists/junction");
            c.ok("CREATE Old");
            c.run("""
                    C: a DELETE INBOX
                    S: a NO \\[CANNOT\\] INBOX cannot be deleted
                    C: b DELETE inbox
                    S: b NO \\[CANNOT\\] INBOX cannot be deleted
                    C: c DELETE Nowhere
                    S: c NO \\[NONEXISTENT\\] Mailbox does not exist
                    C: d DELETE Old
                    S: d OK DELETE completed
                    C: e DELETE Lists
                    S: e OK DELETE completed
                    C: f LIST "" L*
                    S: \\* LIST \\(\\\\Noselect \\\\HasChildren\\) "/" "Lists"
                    S: \\* LIST \\(\\\\HasNoChildren\\) "/" "Lists/junction"
                    S: f OK LIST completed
                    C: g DELETE Lists
                    S: g NO \\[HASCHILDREN\\] Mailbox has inferior mailboxes; delete them first
                    C: h DELETE Lists/junction
                    S: h OK DELETE completed
                    C: i LIST "" (Old Lists*)
                    S: i OK LIST completed
                    """);
        }
    }

    @Test
    void deletingGivesTheBytesBack() throws Exception {
        server.stores.mailStore().create(server.alice.id(), "Old", null);
        server.deliver(server.alice, "Old", "Subject: x\r\n\r\n" + "x".repeat(4000) + "\r\n", Set.of());
        assertThat(server.stores.mailStore().usage(server.alice.id()).messages()).isEqualTo(1);
        try (ImapClient c = server.alice()) {
            c.ok("DELETE Old");
        }
        assertThat(server.stores.mailStore().usage(server.alice.id()).bytes()).isZero();
    }

    @Test
    void deletingTheSelectedMailboxLeavesThisSessionAuthenticatedAndEndsTheOthers() throws Exception {
        server.stores.mailStore().create(server.alice.id(), "Projects", null);
        server.deliver(server.alice, "Projects", "Subject: x\r\n\r\nbody\r\n", Set.of());
        try (ImapClient c = server.alice(); ImapClient other = server.alice()) {
            other.ok("SELECT Projects");
            c.ok("SELECT Projects");
            c.run("""
                    C: b DELETE Projects
                    S: \\* OK \\[CLOSED\\] The selected mailbox was deleted
                    S: b OK DELETE completed
                    C: c CLOSE
                    S: c BAD Select a mailbox first
                    C: d NOOP
                    S: d OK NOOP completed
                    C: e SELECT INBOX
                    """);
            assertThat(c.untilTagged("e").getLast()).startsWith("e OK [READ-WRITE]");
            other.send("n NOOP");
            other.expect("\\* BYE The selected mailbox was deleted");
            assertThat(other.closedByServer()).isTrue();
        }
    }

    @Test
    void deletingAnotherMailboxLeavesTheSelectionAlone() throws Exception {
        server.stores.mailStore().create(server.alice.id(), "Projects", null);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.ok("DELETE Projects")).isEmpty();
            assertThat(c.command("CLOSE").getLast()).matches("t\\d+ OK CLOSE completed");
        }
    }
}
