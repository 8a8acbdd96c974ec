package dev.junction.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ImapSessionTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void greetsWithCapabilitiesAndOffersStartTlsBeforeLogin() throws Exception {
        try (ImapClient c = server.connect()) {
            c.expect("\\* OK \\[CAPABILITY IMAP4rev1 IMAP4rev2 .*STARTTLS AUTH=PLAIN\\] Junction IMAP ready");
            List<String> caps = c.ok("CAPABILITY");
            assertThat(caps).singleElement().asString().contains("STARTTLS").doesNotContain("UIDPLUS");
        }
    }

    @Test
    void loginFailsWithAuthenticationFailedAndTheSessionGoesOn() throws Exception {
        try (ImapClient c = server.connect()) {
            c.run("""
                    S: \\* OK .*
                    C: a LOGIN alice@example.com wrong
                    S: a NO \\[AUTHENTICATIONFAILED\\] Invalid login or password
                    C: b LOGIN gone@example.com secret
                    S: b NO \\[AUTHENTICATIONFAILED\\] Invalid login or password
                    C: c LOGIN alice@example.com secret
                    S: c OK \\[CAPABILITY .*UIDPLUS.*\\] Logged in
                    """);
        }
    }

    @Test
    void tooManyFailedLoginsEndTheSession() throws Exception {
        try (ImapClient c = server.connect()) {
            c.run("""
                    S: \\* OK .*
                    C: a LOGIN alice@example.com x
                    S: a NO .*
                    C: b LOGIN alice@example.com y
                    S: b NO .*
                    C: c LOGIN alice@example.com z
                    S: c NO \\[AUTHENTICATIONFAILED\\] .*
                    S: \\* BYE Too many failed logins
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void authenticatePlainWithContinuationAndWithInitialResponse() throws Exception {
        try (ImapClient c = server.connect()) {
            c.run("""
                    S: \\* OK .*
                    C: a AUTHENTICATE PLAIN
                    S: \\+\\s
                    C: %s
                    S: a OK \\[CAPABILITY .*\\] Logged in
                    """.formatted(ImapClient.plain("alice@example.com", "secret")));
        }
        try (ImapClient c = server.connect()) {
            c.run("""
                    S: \\* OK .*
                    C: a AUTHENTICATE PLAIN %s
                    S: a OK \\[CAPABILITY .*\\] Logged in
                    C: b AUTHENTICATE PLAIN
                    S: b BAD Log in first|b BAD Not allowed now|b BAD .*
                    """.formatted(ImapClient.plain("bob@example.com", "secret")));
        }
        try (ImapClient c = server.connect()) {
            c.run("""
                    S: \\* OK .*
                    C: a AUTHENTICATE PLAIN
                    S: \\+\\s
                    C: *
                    S: a BAD AUTHENTICATE cancelled
                    C: b AUTHENTICATE CRAM-MD5
                    S: b NO Unsupported authentication mechanism
                    """);
        }
    }

    @Test
    void commandsOutsideTheirStateAreRefusedWithBad() throws Exception {
        try (ImapClient c = server.connect()) {
            c.run("""
                    S: \\* OK .*
                    C: a SELECT INBOX
                    S: a BAD Log in first
                    C: b FETCH 1 FLAGS
                    S: b BAD .*
                    C: c LOGIN alice@example.com secret
                    S: c OK .*
                    C: d CLOSE
                    S: d BAD Select a mailbox first
                    C: e LOGIN alice@example.com secret
                    S: e BAD Already logged in
                    """);
            c.ok("SELECT INBOX");
            assertThat(c.command("ENABLE CONDSTORE").getLast()).matches("t\\d+ BAD Not allowed now");
        }
    }

    @Test
    void withoutTlsLoginIsDisabledUnlessConfigured() throws Exception {
        try (TestImapServer strict = new TestImapServer(Map.of("imap.allow_plaintext_auth", "false"));
             ImapClient c = strict.connect()) {
            c.run("""
                    S: \\* OK \\[CAPABILITY .*STARTTLS LOGINDISABLED\\] .*
                    C: a LOGIN alice@example.com secret
                    S: a NO \\[PRIVACYREQUIRED\\] .*
                    C: b STARTTLS
                    S: b OK Begin TLS negotiation now
                    TLS
                    C: c CAPABILITY
                    S: \\* CAPABILITY .*AUTH=PLAIN
                    S: c OK .*
                    C: d LOGIN alice@example.com secret
                    S: d OK .*
                    """);
            assertThat(c.tlsProtocol()).startsWith("TLSv1.");
        }
    }

    @Test
    void aClientOverTheConnectionLimitHearsByeOnThePlainPortAndOnlyACloseOnTheTlsPort() throws Exception {
        try (TestImapServer limited = new TestImapServer(Map.of("imap.max_connections_per_ip", "1"));
             ImapClient first = limited.connect()) {
            first.expect("\\* OK .*");
            try (ImapClient second = limited.connect()) {
                second.expect("\\* BYE \\[LIMIT\\] Too many connections, try again later");
                assertThat(second.closedByServer()).isTrue();
            }
            assertThat(catchThrowable(() -> limited.connect(ImapRole.IMAPS)))
                    .as("the TLS handshake fails when the server closes at once").isInstanceOf(IOException.class);
            first.ok("NOOP");
        }
    }

    @Test
    void implicitTlsPortServesImap() throws Exception {
        try (ImapClient c = server.connect(ImapRole.IMAPS)) {
            c.login("alice@example.com", "secret");
            assertThat(c.tlsProtocol()).startsWith("TLSv1.");
        }
    }

    @Test
    void selectReportsTheMailboxAndExamineIsReadOnly() throws Exception {
        server.deliver("Subject: one\r\n\r\nbody\r\n");
        server.deliver("Subject: two\r\n\r\nbody\r\n");
        long uidValidity = server.inbox().uidValidity();
        try (ImapClient c = server.alice()) {
            List<String> lines = c.command("SELECT INBOX");
            assertThat(lines).contains("* 2 EXISTS", "* 2 RECENT", "* OK [UNSEEN 1] First unseen",
                    "* OK [UIDVALIDITY " + uidValidity + "] UIDs valid", "* OK [UIDNEXT 3] Predicted next UID");
            assertThat(lines).anyMatch(l -> l.startsWith("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)"));
            assertThat(lines).anyMatch(l -> l.startsWith("* OK [PERMANENTFLAGS (") && l.contains("\\*)"));
            assertThat(lines.getLast()).matches("t\\d+ OK \\[READ-WRITE\\] SELECT completed");
            List<String> examine = c.command("EXAMINE INBOX");
            assertThat(examine.getFirst()).isEqualTo("* OK [CLOSED] Previous mailbox closed");
            assertThat(examine).contains("* OK [PERMANENTFLAGS ()] Flags permitted", "* 0 RECENT");
            assertThat(examine.getLast()).matches("t\\d+ OK \\[READ-ONLY\\] EXAMINE completed");
            assertThat(c.command("SELECT Nowhere").getLast()).matches("t\\d+ NO \\[NONEXISTENT\\] .*");
            assertThat(c.command("CLOSE").getLast()).matches("t\\d+ BAD Select a mailbox first");
        }
    }

    @Test
    void imap4rev2ClientsGetListInSelectAndNoRecent() throws Exception {
        try (ImapClient c = server.alice()) {
            assertThat(c.ok("ENABLE IMAP4rev2 CONDSTORE")).containsExactly("* ENABLED IMAP4rev2 CONDSTORE");
            List<String> lines = c.ok("SELECT INBOX");
            assertThat(lines).contains("* LIST () \"/\" \"INBOX\"", "* OK [HIGHESTMODSEQ 1] Highest")
                    .noneMatch(l -> l.contains("RECENT"));
        }
    }

    @Test
    void anotherSessionsDeliveryShowsAtNoopAndDuringIdle() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            server.deliver("Subject: one\r\n\r\nbody\r\n");
            assertThat(c.ok("NOOP")).containsExactly("* 1 EXISTS", "* 1 RECENT");
            c.send("i IDLE");
            c.expect("\\+ idling");
            server.deliver("Subject: two\r\n\r\nbody\r\n");
            c.expect("\\* 2 EXISTS");
            c.expect("\\* 2 RECENT");
            c.send("DONE");
            c.expect("i OK IDLE terminated");
        }
    }

    @Test
    void expungesByAnotherSessionWaitUntilACommandThatAllowsThem() throws Exception {
        server.deliver("Subject: one\r\n\r\nbody\r\n");
        server.deliver("Subject: two\r\n\r\nbody\r\n");
        server.deliver("Subject: three\r\n\r\nbody\r\n");
        try (ImapClient c = server.alice()) {
            c.ok("ENABLE CONDSTORE");
            c.ok("SELECT INBOX");
            var inbox = server.inbox().id();
            server.stores.mailStore().store(inbox, dev.junction.store.UidSet.of(3), 
                    dev.junction.store.MailboxMessages.StoreMode.ADD, java.util.Set.of("\\Flagged"), Long.MAX_VALUE);
            server.stores.mailStore().expunge(inbox, dev.junction.store.UidSet.of(1, 2), false);
            // A FETCH by sequence number must not see EXPUNGE: the flag change comes, numbered as before.
            List<String> fetch = c.ok("FETCH 3 (UID FLAGS)");
            assertThat(fetch.getFirst()).isEqualTo("* 3 FETCH (UID 3 FLAGS (\\Flagged \\Recent) MODSEQ (5))");
            assertThat(fetch).noneMatch(l -> l.contains("EXPUNGE")).last().asString().startsWith("* 3 FETCH (");
            // CHECK allows them: both go, highest sequence first.
            assertThat(c.ok("CHECK")).containsExactly("* 2 EXPUNGE", "* 1 EXPUNGE");
            assertThat(c.ok("NOOP")).isEmpty();
        }
    }

    @Test
    void deletingTheSelectedMailboxElsewhereEndsTheSession() throws Exception {
        server.stores.mailStore().create(server.alice.id(), "Projects", null);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT Projects");
            server.stores.mailStore().delete(server.alice.id(), "Projects");
            c.send("n NOOP");
            c.expect("\\* BYE The selected mailbox was deleted");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void logoutSaysByeThenOk() throws Exception {
        try (ImapClient c = server.alice()) {
            c.run("""
                    C: z LOGOUT
                    S: \\* BYE Logging out
                    S: z OK LOGOUT completed
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void idAndNamespaceAnswer() throws Exception {
        try (ImapClient c = server.alice()) {
            assertThat(c.ok("ID (\"name\" \"test\")")).containsExactly("* ID (\"name\" \"Junction\" \"vendor\" \"Junction\")");
            assertThat(c.ok("NAMESPACE")).containsExactly("* NAMESPACE ((\"\" \"/\")) NIL NIL");
        }
    }
}
