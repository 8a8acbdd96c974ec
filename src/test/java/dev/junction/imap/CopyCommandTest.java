package dev.junction.imap;

import dev.junction.directory.Account;
import dev.junction.store.Mailbox;
import dev.junction.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CopyCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void copyUidPairsSourceAndTargetUidsAndFlagsTravel() throws Exception {
        server.deliver(server.alice, "INBOX", "Subject: 1\r\n\r\none\r\n", Set.of("\\Seen"));
        server.deliver("Subject: 2\r\n\r\ntwo\r\n");
        server.deliver(server.alice, "INBOX", "Subject: 3\r\n\r\nthree\r\n", Set.of("$Work"));
        Mailbox archive = server.mailbox(server.alice, "Archive");
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.command("COPY 1,3 Archive"))
                    .containsExactly("t2 OK [COPYUID " + archive.uidValidity() + " 1,3 1:2] COPY completed");
            assertThat(c.command("UID COPY 2:* Archive"))
                    .containsExactly("t3 OK [COPYUID " + archive.uidValidity() + " 2:3 3:4] COPY completed");
            assertThat(c.command("UID COPY 10:20 Archive")).as("no message, no COPYUID")
                    .containsExactly("t4 OK No messages copied");
        }
        List<StoredMessage> copies = server.messages(archive);
        assertThat(copies).extracting(StoredMessage::uid).containsExactly(1L, 2L, 3L, 4L);
        assertThat(copies).extracting(StoredMessage::flags)
                .containsExactly(Set.of("\\Seen"), Set.of("$Work"), Set.of(), Set.of("$Work"));
        assertThat(server.stores.text(copies.get(1).blob())).isEqualTo("Subject: 3\r\n\r\nthree\r\n");
        assertThat(server.messages(server.inbox())).hasSize(3);
    }

    @Test
    void copyIntoTheSelectedMailboxShowsExistsBeforeTheTaggedOk() throws Exception {
        server.deliver("Subject: 1\r\n\r\none\r\n");
        server.deliver("Subject: 2\r\n\r\ntwo\r\n");
        long uidValidity = server.inbox().uidValidity();
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.command("COPY 1:2 INBOX"))
                    .containsExactly("* 4 EXISTS", "* 4 RECENT", "t2 OK [COPYUID " + uidValidity + " 1:2 3:4] COPY completed");
        }
    }

    @Test
    void missingTargetIsTryCreateAndExamineMayCopy() throws Exception {
        server.deliver("Subject: 1\r\n\r\none\r\n");
        try (ImapClient c = server.alice()) {
            c.ok("EXAMINE INBOX");
            assertThat(c.command("COPY 1 Nowhere")).containsExactly("t2 NO [TRYCREATE] Mailbox does not exist");
            assertThat(c.command("COPY 2 Trash").getLast()).isEqualTo("t3 BAD Invalid message sequence number");
            assertThat(c.command("COPY 1 Trash").getLast()).startsWith("t4 OK [COPYUID ");
        }
        assertThat(server.messages(server.mailbox(server.alice, "Trash"))).hasSize(1);
    }

    @Test
    void copyOverTheQuotaIsRefusedWithOverQuota() throws Exception {
        Account carol = server.stores.account("carol@example.com", "secret", 100);
        String message = "Subject: big\r\n\r\n" + "x".repeat(60) + "\r\n";
        server.deliver(carol, "INBOX", message, Set.of());
        try (ImapClient c = server.connect().login("carol@example.com", "secret")) {
            c.ok("SELECT INBOX");
            assertThat(c.command("COPY 1 Archive")).containsExactly("t2 NO [OVERQUOTA] Quota exceeded");
        }
        assertThat(server.messages(server.mailbox(carol, "Archive"))).isEmpty();
    }
}
