package dev.junction.e2e;

import dev.junction.directory.Account;
import dev.junction.pop3.Pop3Role;
import dev.junction.store.OverQuotaException;
import dev.junction.testing.TestStores;
import dev.junction.smtp.ListenerRole;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * POP3 with clients Junction did not write: Python's poplib, Angus Mail's POP3 provider, fetchmail;
 * and the node's one login throttle across SMTP and POP3.
 */
class Pop3ClientsTest {

    private static final String ONE = "From: bob@example.test\r\nSubject: first\r\n\r\nhello\r\n.dot first\r\n";
    private static final String TWO = "From: bob@example.test\r\nSubject: second\r\n\r\nagain\r\n";

    @TempDir
    Path dir;

    @Test
    void pythonPoplibReadsAndDeletesOverStls() throws Exception {
        try (TestNode node = TestNode.start(dir.resolve("node")).domain("example.test")) {
            Account alice = node.account("alice@example.test", "alice-pass");
            deliver(node, alice, ONE);
            deliver(node, alice, TWO);

            Tool.Result python = Tool.run("python3", Tool.resource("poplib_fetch.py").toString(),
                    String.valueOf(node.port(Pop3Role.POP3)), "alice@example.test", "alice-pass");

            assertThat(python.exitCode()).as(python.output()).isZero();
            assertThat(python.lines()).filteredOn(line -> !line.startsWith("uidl ")).containsExactly(
                    "capa AUTH-RESP-CODE IMPLEMENTATION PIPELINING RESP-CODES STLS TOP UIDL",
                    "stat 2",
                    "list 2",
                    "retr 1 Subject: first dot-line",
                    "retr 2 Subject: second no-dot-line",
                    "top True",
                    "quit +OK mx.example.test closing connection");
            assertThat(python.lines().get(3)).matches("uidl (\\d+)\\.1 \\1\\.2");
            assertThat(node.inbox("alice@example.test")).hasSize(1);
        }
    }

    @Test
    void angusMailPop3WithStartTlsAndPop3s() throws Exception {
        try (TestNode node = TestNode.start(dir.resolve("node")).domain("example.test")) {
            Account alice = node.account("alice@example.test", "alice-pass");
            deliver(node, alice, ONE);
            deliver(node, alice, TWO);

            List<String> uids = new ArrayList<>();
            Properties props = new Properties();
            props.put("mail.pop3.starttls.enable", "true");
            props.put("mail.pop3.starttls.required", "true");
            props.put("mail.pop3.ssl.trust", "*");
            props.put("mail.pop3.ssl.checkserveridentity", "false");
            try (Store store = Session.getInstance(props).getStore("pop3")) {
                store.connect("127.0.0.1", node.port(Pop3Role.POP3), "alice@example.test", "alice-pass");
                POP3Folder inbox = (POP3Folder) store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);
                assertThat(inbox.getMessageCount()).isEqualTo(2);
                Message[] messages = inbox.getMessages();
                assertThat(messages[0].getSubject()).isEqualTo("first");
                assertThat(messages[0].getContent().toString()).isEqualTo("hello\r\n.dot first\r\n");
                assertThat(messages[1].getSubject()).isEqualTo("second");
                for (Message m : messages) uids.add(inbox.getUID(m));
                messages[0].setFlag(Flags.Flag.DELETED, true);
                inbox.close(true);
            }
            assertThat(node.inbox("alice@example.test")).hasSize(1);

            Properties pop3s = new Properties();
            pop3s.put("mail.pop3s.ssl.trust", "*");
            pop3s.put("mail.pop3s.ssl.checkserveridentity", "false");
            try (Store store = Session.getInstance(pop3s).getStore("pop3s")) {
                store.connect("127.0.0.1", node.port(Pop3Role.POP3S), "alice@example.test", "alice-pass");
                POP3Folder inbox = (POP3Folder) store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessageCount()).isEqualTo(1);
                assertThat(inbox.getMessage(1).getSubject()).isEqualTo("second");
                assertThat(inbox.getUID(inbox.getMessage(1))).isEqualTo(uids.get(1));
                inbox.close(false);
            }
        }
    }

    @Test
    void fetchmailPullsEverythingIntoAnMda() throws Exception {
        try (TestNode node = TestNode.start(dir.resolve("node")).domain("example.test")) {
            Account alice = node.account("alice@example.test", "alice-pass");
            deliver(node, alice, ONE);
            deliver(node, alice, TWO);
            Path mbox = dir.resolve("mbox");
            Path rc = dir.resolve("fetchmailrc");
            Files.writeString(rc, """
                    poll 127.0.0.1 with proto POP3 port %d
                      user "alice@example.test" there with password "alice-pass" is "alice" here
                      sslproto "tls1.2+" no sslcertck
                      fetchall
                      mda "cat >> %s"
                    """.formatted(node.port(Pop3Role.POP3), mbox));
            Files.setPosixFilePermissions(rc, PosixFilePermissions.fromString("rw-------"));

            Tool.Result fetchmail = Tool.run(Map.of("HOME", dir.toString()), "fetchmail", "--nosyslog", "-v", "-f", rc.toString(),
                    "--pidfile", dir.resolve("fetchmail.pid").toString());

            assertThat(fetchmail.exitCode()).as(fetchmail.output()).isZero();
            assertThat(fetchmail.output()).contains("STLS").contains("2 messages");
            assertThat(Files.readString(mbox)).contains("Subject: first").contains("\nhello\n.dot first\n")
                    .contains("Subject: second").doesNotContain("..dot first");
            assertThat(node.inbox("alice@example.test")).isEmpty();
        }
    }

    @Test
    void smtpAndPop3ShareOneLoginThrottle() throws Exception {
        Map<String, String> strict = Map.of("auth.lockout_failures", "2", "auth.delay", "0");
        try (TestNode node = TestNode.start(dir.resolve("node"), "mx.example.test", strict).domain("example.test")) {
            node.account("alice@example.test", "alice-pass");
            Properties smtps = new Properties();
            smtps.put("mail.smtps.auth", "true");
            smtps.put("mail.smtps.ssl.trust", "*");
            smtps.put("mail.smtps.ssl.checkserveridentity", "false");
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> {
                    try (Transport t = Session.getInstance(smtps).getTransport("smtps")) {
                        t.connect("127.0.0.1", node.port(ListenerRole.SUBMISSIONS), "alice@example.test", "guess");
                    }
                }).isInstanceOf(AuthenticationFailedException.class);
            }
            Properties pop3s = new Properties();
            pop3s.put("mail.pop3s.ssl.trust", "*");
            pop3s.put("mail.pop3s.ssl.checkserveridentity", "false");
            assertThatThrownBy(() -> {
                try (Store store = Session.getInstance(pop3s).getStore("pop3s")) {
                    store.connect("127.0.0.1", node.port(Pop3Role.POP3S), "alice@example.test", "alice-pass");
                }
            }).isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("Too many authentication failures");
        }
    }

    private static void deliver(TestNode node, Account account, String content) throws OverQuotaException {
        node.node().mailStore().deliver(account.id(), "INBOX", TestStores.put(node.node().blobs(), content),
                Instant.now(), null, 0);
    }
}
