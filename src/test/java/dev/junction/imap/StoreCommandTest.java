package dev.junction.imap;

import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    private void deliver(int count) {
        for (int i = 1; i <= count; i++) server.deliver("Subject: " + i + "\r\n\r\nbody\r\n");
    }

    private Map<Long, Set<String>> flags() {
        return server.messages(server.inbox()).stream().collect(Collectors.toMap(StoredMessage::uid, StoredMessage::flags));
    }

    private long modSeq(long uid) {
        return server.messages(server.inbox()).stream().filter(m -> m.uid() == uid).findFirst().orElseThrow().modSeq();
    }

    @Test
    void flagsAreSetAddedAndRemovedAndEachChangeIsReportedOnce() throws Exception {
        deliver(3);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.command("STORE 1 +FLAGS (\\Seen $Work)")).containsExactly(
                    "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Work)",
                    "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Work \\*)] Flags permitted",
                    "* 1 FETCH (FLAGS (\\Seen \\Recent $Work))",
                    "t2 OK STORE completed");
            assertThat(c.ok("STORE 1 -FLAGS (\\Seen)")).containsExactly("* 1 FETCH (FLAGS (\\Recent $Work))");
            assertThat(c.ok("STORE 1:2 FLAGS (\\Flagged \\Draft)"))
                    .containsExactly("* 1 FETCH (FLAGS (\\Flagged \\Draft \\Recent))", "* 2 FETCH (FLAGS (\\Flagged \\Draft \\Recent))");
            assertThat(c.ok("STORE 3 +FLAGS.SILENT (\\Deleted)")).isEmpty();
            assertThat(c.ok("UID STORE 3 +FLAGS \\Answered")).containsExactly("* 3 FETCH (UID 3 FLAGS (\\Answered \\Deleted \\Recent))");
            assertThat(c.ok("STORE 2 +FLAGS ($work)")).as("keywords compare without case; the list is not announced again")
                    .containsExactly("* 2 FETCH (FLAGS (\\Flagged \\Draft \\Recent $work))");
            assertThat(c.ok("NOOP")).as("the catch-up does not repeat the session's own changes").isEmpty();
        }
        assertThat(flags()).containsExactlyInAnyOrderEntriesOf(Map.of(
                1L, Set.of("\\Flagged", "\\Draft"),
                2L, Set.of("\\Flagged", "\\Draft", "$work"),
                3L, Set.of("\\Deleted", "\\Answered")));
    }

    @Test
    void recentAndUnknownSystemFlagsAreRefusedAndBadSequenceNumbersToo() throws Exception {
        deliver(2);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.command("STORE 1 +FLAGS (\\Recent)").getLast()).isEqualTo("t2 BAD Invalid system flag \\Recent");
            assertThat(c.command("STORE 1 +FLAGS (\\Seen \\Important)").getLast())
                    .isEqualTo("t3 BAD Invalid system flag \\Important");
            assertThat(c.command("STORE 3 +FLAGS (\\Seen)").getLast()).isEqualTo("t4 BAD Invalid message sequence number");
            assertThat(c.ok("UID STORE 7:9 +FLAGS (\\Seen)")).as("UIDs that do not exist are no error").isEmpty();
        }
        assertThat(flags().values()).allMatch(Set::isEmpty);
    }

    @Test
    void unchangedSinceEnablesCondstoreAndReportsTheModifiedSequenceNumbers() throws Exception {
        deliver(3);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            long before = server.inbox().highestModSeq();
            // Another session changes message 2 after the client read its MODSEQ; the catch-up
            // before STORE tells of it, before CONDSTORE is on.
            server.stores.mailStore().store(server.inbox().id(), UidSet.of(2), dev.junction.store.MailboxMessages.StoreMode.ADD,
                    Set.of("\\Answered"), Long.MAX_VALUE);
            long changed = before + 1;
            List<String> lines = c.command("STORE 1:3 (UNCHANGEDSINCE " + before + ") +FLAGS (\\Seen)");
            assertThat(lines).containsExactly(
                    "* 2 FETCH (UID 2 FLAGS (\\Answered \\Recent))",
                    "* OK [HIGHESTMODSEQ " + changed + "] Highest",
                    "* 1 FETCH (UID 1 FLAGS (\\Seen \\Recent) MODSEQ (" + (changed + 1) + "))",
                    "* 3 FETCH (UID 3 FLAGS (\\Seen \\Recent) MODSEQ (" + (changed + 1) + "))",
                    "t2 OK [MODIFIED 2] Conditional STORE failed");
            assertThat(c.ok("NOOP")).isEmpty();
        }
        assertThat(flags()).containsExactlyInAnyOrderEntriesOf(Map.of(
                1L, Set.of("\\Seen"), 2L, Set.of("\\Answered"), 3L, Set.of("\\Seen")));
    }

    @Test
    void uidStoreReportsModifiedUidsAndSilentStoreStillSendsTheNewModSeq() throws Exception {
        deliver(4);
        server.stores.mailStore().expunge(server.inbox().id(), UidSet.of(1), false);
        try (ImapClient c = server.alice()) {
            c.ok("ENABLE CONDSTORE");
            c.ok("SELECT INBOX");
            long seen = server.inbox().highestModSeq();
            assertThat(c.ok("UID STORE 3 +FLAGS.SILENT (\\Flagged)")).containsExactly("* 2 FETCH (UID 3 MODSEQ (" + (seen + 1) + "))");
            // UID 3 is message 2 now: the MODIFIED set is in UIDs for UID STORE.
            List<String> lines = c.command("UID STORE 2:4 (UNCHANGEDSINCE " + seen + ") +FLAGS.SILENT (\\Seen)");
            long stored = modSeq(2);
            assertThat(lines).containsExactly(
                    "* 1 FETCH (UID 2 MODSEQ (" + stored + "))",
                    "* 3 FETCH (UID 4 MODSEQ (" + stored + "))",
                    "t4 OK [MODIFIED 3] Conditional STORE failed");
            assertThat(c.command("STORE 2 (UNCHANGEDSINCE " + seen + ") +FLAGS.SILENT (\\Seen)").getLast())
                    .as("sequence numbers for STORE").isEqualTo("t5 OK [MODIFIED 2] Conditional STORE failed");
            assertThat(c.ok("STORE 1 +FLAGS.SILENT (\\Seen)")).as("no change, no MODSEQ to report").isEmpty();
            assertThat(c.ok("STORE 2 FLAGS (\\Draft)")).containsExactly("* 2 FETCH (UID 3 FLAGS (\\Draft \\Recent) MODSEQ (" + modSeq(3) + "))");
        }
    }

    @Test
    void examinedMailboxRefusesStore() throws Exception {
        deliver(1);
        try (ImapClient c = server.alice()) {
            c.ok("EXAMINE INBOX");
            assertThat(c.command("STORE 1 +FLAGS (\\Seen)").getLast()).isEqualTo("t2 NO [READ-ONLY] Mailbox is read-only");
        }
        assertThat(flags().get(1L)).isEmpty();
    }
}
