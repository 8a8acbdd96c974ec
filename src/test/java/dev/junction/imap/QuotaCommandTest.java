package dev.junction.imap;

import dev.junction.mail.MailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** GETQUOTA, GETQUOTAROOT and SETQUOTA (RFC 9208). */
class QuotaCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void advertisesStorageQuotaOnly() throws Exception {
        try (ImapClient c = server.alice()) {
            assertThat(c.ok("CAPABILITY")).singleElement().asString()
                    .contains(" QUOTA ", " QUOTA=RES-STORAGE ").doesNotContain("RES-MESSAGE", "QUOTASET");
        }
    }

    @Test
    void anAccountWithoutQuotaHasNoQuotaRoot() throws Exception {
        try (ImapClient c = server.alice()) {
            c.run("""
                    C: a GETQUOTAROOT INBOX
                    S: \\* QUOTAROOT "INBOX"
                    S: a OK GETQUOTAROOT completed
                    C: b GETQUOTA ""
                    S: b NO \\[NONEXISTENT\\] No such quota root
                    C: c GETQUOTAROOT Nowhere
                    S: c NO \\[NONEXISTENT\\] Mailbox does not exist
                    """);
        }
    }

    @Test
    void anAccountWithQuotaReportsStorageInKibibytes() throws Exception {
        var carol = server.stores.account("carol@example.com", "secret", 10L << 20);
        server.deliver(carol, "INBOX", "Subject: one\r\n\r\n" + "x".repeat(3000) + "\r\n", Set.of());
        server.deliver(carol, "Sent", "Subject: two\r\n\r\n" + "y".repeat(2000) + "\r\n", Set.of());
        long used = server.stores.mailStore().usage(carol.id()).bytes() / 1024;
        assertThat(used).isEqualTo(4);
        try (ImapClient c = server.connect().login("carol@example.com", "secret")) {
            c.run("""
                    C: a GETQUOTAROOT Sent
                    S: \\* QUOTAROOT "Sent" ""
                    S: \\* QUOTA "" \\(STORAGE 4 10240\\)
                    S: a OK GETQUOTAROOT completed
                    C: b GETQUOTA ""
                    S: \\* QUOTA "" \\(STORAGE 4 10240\\)
                    S: b OK GETQUOTA completed
                    C: c GETQUOTA "User quota"
                    S: c NO \\[NONEXISTENT\\] No such quota root
                    C: d SETQUOTA "" (STORAGE 1)
                    S: d NO \\[NOPERM\\] Quotas are set by the administrator
                    """);
            server.stores.directory().setQuota(MailAddress.parse("carol@example.com"), 20L << 20);
            assertThat(c.ok("GETQUOTA \"\"")).as("the administrator's change shows at once")
                    .containsExactly("* QUOTA \"\" (STORAGE 4 20480)");
        }
    }
}
