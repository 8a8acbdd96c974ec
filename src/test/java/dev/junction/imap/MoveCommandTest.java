package dev.junction.imap;

import dev.junction.store.Mailbox;
import dev.junction.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MoveCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    private void deliver(int count) {
        for (int i = 1; i <= count; i++) server.deliver(server.alice, "INBOX", "Subject: " + i + "\r\n\r\nbody\r\n", Set.of("$N" + i));
    }

    @Test
    void copyUidComesFirstThenTheExpungesThenTheTaggedOk() throws Exception {
        deliver(4);
        Mailbox archive = server.mailbox(server.alice, "Archive");
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.command("MOVE 2:3 Archive")).containsExactly(
                    "* OK [COPYUID " + archive.uidValidity() + " 2:3 1:2] Moved UIDs",
                    "* 3 EXPUNGE",
                    "* 2 EXPUNGE",
                    "t2 OK MOVE completed");
            assertThat(c.command("UID MOVE 4 Archive")).as("UID 4 is message 2 now").containsExactly(
                    "* OK [COPYUID " + archive.uidValidity() + " 4 3] Moved UIDs",
                    "* 2 EXPUNGE",
                    "t3 OK MOVE completed");
            assertThat(c.ok("NOOP")).isEmpty();
        }
        assertThat(server.messages(server.inbox())).extracting(StoredMessage::uid).containsExactly(1L);
        assertThat(server.messages(archive)).extracting(StoredMessage::flags)
                .containsExactly(Set.of("$N2"), Set.of("$N3"), Set.of("$N4"));
    }

    @Test
    void underQresyncTheExpungesAreVanishedAndTheTaggedOkHasTheHighestModSeq() throws Exception {
        deliver(4);
        Mailbox archive = server.mailbox(server.alice, "Archive");
        try (ImapClient c = server.alice()) {
            c.ok("ENABLE QRESYNC");
            c.ok("SELECT INBOX");
            var lines = c.command("UID MOVE 1,3:4 Archive");
            assertThat(lines).containsExactly(
                    "* OK [COPYUID " + archive.uidValidity() + " 1,3:4 1:3] Moved UIDs",
                    "* VANISHED 1,3:4",
                    "t3 OK [HIGHESTMODSEQ " + server.inbox().highestModSeq() + "] MOVE completed");
        }
    }

    @Test
    void movingWithinTheMailboxGivesNewUids() throws Exception {
        deliver(3);
        long uidValidity = server.inbox().uidValidity();
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.command("MOVE 1 INBOX")).containsExactly(
                    "* OK [COPYUID " + uidValidity + " 1 4] Moved UIDs",
                    "* 1 EXPUNGE",
                    "* 3 EXISTS",
                    "* 3 RECENT",
                    "t2 OK MOVE completed");
        }
        assertThat(server.messages(server.inbox())).extracting(StoredMessage::uid).containsExactly(2L, 3L, 4L);
        assertThat(server.messages(server.inbox()).getLast().flags()).containsExactly("$N1");
    }

    @Test
    void examinedMailboxAndMissingTargetAreRefused() throws Exception {
        deliver(1);
        try (ImapClient c = server.alice()) {
            c.ok("EXAMINE INBOX");
            assertThat(c.command("MOVE 1 Archive")).containsExactly("t2 NO [READ-ONLY] Mailbox is read-only");
            c.ok("SELECT INBOX");
            assertThat(c.command("MOVE 1 Nowhere")).containsExactly("t4 NO [TRYCREATE] Mailbox does not exist");
        }
        assertThat(server.messages(server.inbox())).hasSize(1);
    }
}
