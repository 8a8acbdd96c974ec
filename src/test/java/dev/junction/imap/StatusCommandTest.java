package dev.junction.imap;

import dev.junction.store.MailboxMessages;
import dev.junction.store.UidSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** STATUS (RFC 9051 6.3.11) with the items of RFC 3501, 7162, 7889, 8438 and 9208. */
class StatusCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void answersEveryItemInTheOrderAsked() throws Exception {
        String big = "Subject: big\r\n\r\n" + "x".repeat(3000) + "\r\n";
        server.deliver(server.alice, "INBOX", "Subject: one\r\n\r\nbody\r\n", Set.of("\\Seen"));
        server.deliver(server.alice, "INBOX", big, Set.of("\\Deleted"));
        server.deliver(server.alice, "INBOX", "Subject: three\r\n\r\nbody\r\n", Set.of());
        long uidValidity = server.inbox().uidValidity();
        long size = server.messages(server.inbox()).stream().mapToLong(m -> m.blob().size()).sum();
        long modSeq = server.stores.mailStore().status(server.inbox().id()).highestModSeq();
        try (ImapClient c = server.alice()) {
            assertThat(c.ok("STATUS INBOX (UIDNEXT MESSAGES UNSEEN DELETED SIZE UIDVALIDITY RECENT HIGHESTMODSEQ"
                    + " APPENDLIMIT DELETED-STORAGE MESSAGES)")).containsExactly(
                    "* STATUS \"INBOX\" (UIDNEXT 4 MESSAGES 3 UNSEEN 2 DELETED 1 SIZE " + size
                            + " UIDVALIDITY " + uidValidity + " RECENT 3 HIGHESTMODSEQ " + modSeq
                            + " APPENDLIMIT 67108864 DELETED-STORAGE " + big.length() / 1024 + ")");
            assertThat(c.ok("STATUS Sent (MESSAGES DELETED-STORAGE SIZE)"))
                    .containsExactly("* STATUS \"Sent\" (MESSAGES 0 DELETED-STORAGE 0 SIZE 0)");
        }
    }

    @Test
    void missingAndNoselectMailboxesAreNonexistent() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("CREATE Box/Inner");
            c.ok("DELETE Box");
            c.run("""
                    C: a STATUS Nowhere (MESSAGES)
                    S: a NO \\[NONEXISTENT\\] Mailbox does not exist
                    C: b STATUS Box (MESSAGES)
                    S: b NO \\[NONEXISTENT\\] Mailbox does not exist
                    C: c STATUS Box/Inner (MESSAGES)
                    S: \\* STATUS "Box/Inner" \\(MESSAGES 0\\)
                    S: c OK STATUS completed
                    C: d STATUS INBOX (BOGUS)
                    S: d BAD STATUS: unknown status item BOGUS
                    """);
        }
    }

    @Test
    void onTheSelectedMailboxItAnswersFromTheStoreAndTheClientHearsTheRest() throws Exception {
        server.deliver("Subject: one\r\n\r\nbody\r\n");
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            server.deliver("Subject: two\r\n\r\nbody\r\n");
            assertThat(c.ok("STATUS INBOX (MESSAGES UIDNEXT)")).as("the arrival is told after the answer")
                    .containsExactly("* STATUS \"INBOX\" (MESSAGES 2 UIDNEXT 3)", "* 2 EXISTS", "* 2 RECENT");
            server.stores.mailStore().expunge(server.inbox().id(), UidSet.of(1), false);
            assertThat(c.ok("STATUS INBOX (MESSAGES)")).as("expunges only after it")
                    .containsExactly("* STATUS \"INBOX\" (MESSAGES 1)", "* 1 EXPUNGE");
        }
    }

    @Test
    void askingForHighestModSeqTurnsCondstoreOn() throws Exception {
        server.deliver("Subject: one\r\n\r\nbody\r\n");
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            MailboxMessages store = server.stores.mailStore();
            long flagged = store.store(server.inbox().id(), UidSet.of(1), MailboxMessages.StoreMode.ADD,
                    Set.of("\\Flagged"), MailboxMessages.ANY_MODSEQ).modSeq();
            assertThat(c.ok("NOOP")).containsExactly("* 1 FETCH (UID 1 FLAGS (\\Flagged \\Recent))");
            // RFC 7162 3.1: turning CONDSTORE on with a mailbox selected tells its HIGHESTMODSEQ.
            assertThat(c.ok("STATUS Sent (HIGHESTMODSEQ)")).containsExactly("* OK [HIGHESTMODSEQ " + flagged + "] Highest",
                    "* STATUS \"Sent\" (HIGHESTMODSEQ 1)");
            long seen = store.store(server.inbox().id(), UidSet.of(1), MailboxMessages.StoreMode.ADD,
                    Set.of("\\Seen"), MailboxMessages.ANY_MODSEQ).modSeq();
            assertThat(seen).isGreaterThan(flagged);
            assertThat(c.ok("NOOP")).singleElement().asString()
                    .startsWith("* 1 FETCH (UID 1 FLAGS (").endsWith(") MODSEQ (" + seen + "))");
        }
    }
}
