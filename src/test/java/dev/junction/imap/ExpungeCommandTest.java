package dev.junction.imap;

import dev.junction.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExpungeCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    /** Messages with UIDs 1..count; those listed are marked \Deleted. */
    private void deliver(int count, Set<Integer> deleted) {
        for (int i = 1; i <= count; i++) {
            server.deliver(server.alice, "INBOX", "Subject: " + i + "\r\n\r\nbody\r\n",
                    deleted.contains(i) ? Set.of("\\Deleted") : Set.of());
        }
    }

    @Test
    void eachExpungeCarriesTheSequenceNumberTheMessageHasWhenItIsSent() throws Exception {
        deliver(6, Set.of(2, 3, 5));
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.command("EXPUNGE")).containsExactly("* 5 EXPUNGE", "* 3 EXPUNGE", "* 2 EXPUNGE", "t2 OK EXPUNGE completed");
            // Message 3 is now UID 6.
            assertThat(c.ok("STORE 3 +FLAGS.SILENT (\\Deleted)")).isEmpty();
            assertThat(c.command("EXPUNGE")).containsExactly("* 3 EXPUNGE", "t4 OK EXPUNGE completed");
            assertThat(c.command("EXPUNGE")).containsExactly("t5 OK EXPUNGE completed");
        }
        assertThat(server.messages(server.inbox())).extracting(StoredMessage::uid).containsExactly(1L, 4L);
    }

    @Test
    void uidExpungeRemovesOnlyDeletedMessagesInItsSet() throws Exception {
        deliver(5, Set.of(1, 2, 3, 5));
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.command("UID EXPUNGE 2:4")).containsExactly("* 3 EXPUNGE", "* 2 EXPUNGE", "t2 OK EXPUNGE completed");
            assertThat(c.command("UID EXPUNGE 9")).containsExactly("t3 OK EXPUNGE completed");
        }
        assertThat(server.messages(server.inbox())).extracting(StoredMessage::uid).containsExactly(1L, 4L, 5L);
    }

    @Test
    void underQresyncExpungesAreVanishedAndTheTaggedOkHasTheHighestModSeq() throws Exception {
        deliver(4, Set.of(2, 3));
        try (ImapClient c = server.alice()) {
            c.ok("ENABLE QRESYNC");
            c.ok("SELECT INBOX");
            var lines = c.command("EXPUNGE");
            assertThat(lines).containsExactly("* VANISHED 2:3",
                    "t3 OK [HIGHESTMODSEQ " + server.inbox().highestModSeq() + "] EXPUNGE completed");
            assertThat(c.command("EXPUNGE")).as("nothing expunged, no HIGHESTMODSEQ").containsExactly("t4 OK EXPUNGE completed");
        }
    }

    @Test
    void examinedMailboxRefusesExpunge() throws Exception {
        deliver(2, Set.of(1));
        try (ImapClient c = server.alice()) {
            c.ok("EXAMINE INBOX");
            assertThat(c.command("EXPUNGE")).containsExactly("t2 NO [READ-ONLY] Mailbox is read-only");
            assertThat(c.command("UID EXPUNGE 1")).containsExactly("t3 NO [READ-ONLY] Mailbox is read-only");
        }
        assertThat(server.messages(server.inbox())).hasSize(2);
    }
}
