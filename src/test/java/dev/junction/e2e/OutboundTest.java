package dev.junction.e2e;

import dev.junction.queue.QueueEntry;
import dev.junction.queue.QueuedRecipient;
import dev.junction.queue.RecipientState;
import dev.junction.smtp.ListenerRole;
import dev.junction.store.StoredMessage;
import dev.junction.testing.FakeDnsServer;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes: A (a.test) submits and relays to the internet, B (remote.test) is the internet. A
 * finds B through a fake DNS server on loopback that says remote.test's MX is 127.0.0.1, and
 * dials delivery.smtp_port, which is B's MX port.
 */
class OutboundTest {

    @TempDir
    Path dir;

    private FakeDnsServer dns;
    private MailLogRecorder maillog;
    private TestNode b;
    private TestNode a;

    @BeforeEach
    void start() throws Exception {
        maillog = new MailLogRecorder();
        dns = new FakeDnsServer();
        dns.mx("remote.test", 10, "mx.remote.test").a("mx.remote.test", "127.0.0.1");
        b = startB(0);
        a = startA(b.port(ListenerRole.MX));
    }

    @AfterEach
    void stop() {
        if (a != null) a.close();
        if (b != null) b.close();
        if (dns != null) dns.close();
        if (maillog != null) maillog.close();
    }

    @Test
    void relaysToTheRemoteMxOnce() throws Exception {
        Submit.send(a.port(ListenerRole.SUBMISSION), "alice@a.test", "alice-pass", "user@remote.test",
                "über zwei Knoten", "hop, hop\r\n");

        StoredMessage stored = b.awaitInbox("user@remote.test", 1).getFirst();
        String text = b.text(stored);
        List<String> received = text.lines().filter(l -> l.startsWith("Received: ")).toList();
        assertThat(received).hasSize(2);
        assertThat(text).startsWith("Return-Path: <alice@a.test>\r\nReceived: from ")
                .containsOnlyOnce("Return-Path:").contains("by mx.remote.test").contains("by mx.a.test")
                .contains("hop, hop\r\n");
        assertThat(text.indexOf("by mx.remote.test")).isLessThan(text.indexOf("by mx.a.test"));

        a.awaitQueueSettled();
        assertThat(a.node().spool().size()).as("a finished entry leaves A's queue").isZero();
        assertThat(maillog.events("delivered", "to=<user@remote.test>", "route=internet:remote.test")).singleElement()
                .satisfies(l -> assertThat(l).contains("reply=\"250 "));
    }

    @Test
    void relaysAnInternationalisedAddressWithSmtpUtf8() throws Exception {
        Submit.send(a.port(ListenerRole.SUBMISSION), "alice@a.test", "alice-pass", "jürgen@remote.test",
                "Grüße", "für Jürgen\r\n");

        byte[] bytes = b.bytes(b.awaitInbox("jürgen@remote.test", 1).getFirst());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("with UTF8SMTPS").contains("To: jürgen@remote.test");
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        assertThat(parsed.getSubject()).isEqualTo("Grüße");
        assertThat(parsed.getContent()).isEqualTo("für Jürgen\r\n");
        a.awaitQueueSettled();
        assertThat(maillog.events("delivered", "to=<jürgen@remote.test>", "route=internet:remote.test")).hasSize(1);
    }

    @Test
    void remoteRefusalBouncesToTheSender() throws Exception {
        Submit.send(a.port(ListenerRole.SUBMISSION), "alice@a.test", "alice-pass", "nobody@remote.test",
                "to nobody", "anyone there?\r\n");

        String dsn = a.text(a.awaitInbox("alice@a.test", 1).getFirst());
        assertThat(dsn).startsWith("Return-Path: <>\r\n")
                .contains("Content-Type: multipart/report; report-type=delivery-status;")
                .contains("Final-Recipient: rfc822; nobody@remote.test")
                .contains("Action: failed").contains("Status: 5.1.1")
                .containsPattern("Diagnostic-Code: smtp; 550[ -]5\\.1\\.1")
                .contains("Subject: to nobody");
        assertThat(maillog.events("bounced", "to=<nobody@remote.test>", "status=5.1.1")).hasSize(1);
    }

    @Test
    void unreachableMxDefersThenDeliversAfterFlush() throws Exception {
        int port = b.port(ListenerRole.MX);
        b.close();
        b = null;

        Submit.send(a.port(ListenerRole.SUBMISSION), "alice@a.test", "alice-pass", "user@remote.test",
                "later", "patience\r\n");
        await().atMost(TestNode.WAIT).until(() -> a.node().spool().list().stream()
                .anyMatch(e -> e.recipients().getFirst().attempts() > 0));
        QueueEntry entry = a.node().spool().list().getFirst();
        QueuedRecipient rcpt = entry.recipients().getFirst();
        assertThat(rcpt.state()).isEqualTo(RecipientState.PENDING);
        assertThat(rcpt.lastReply()).containsPattern("^4\\d\\d 4\\.\\d+\\.\\d+ ");
        assertThat(maillog.lines(entry.queueId())).anySatisfy(l -> assertThat(l).contains(": deferred "));

        b = startB(port);
        HttpResponse<String> flush = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + a.node().adminPort() + "/queue/" + entry.queueId() + "/flush"))
                .header("Authorization", "Bearer " + Files.readString(dir.resolve("a/admin.token")).strip())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(flush.statusCode()).as(flush.body()).isEqualTo(200);

        assertThat(b.text(b.awaitInbox("user@remote.test", 1).getFirst())).contains("patience\r\n");
        a.awaitQueueSettled();
        assertThat(a.node().spool().get(entry.queueId())).as("delivered, so gone from the queue").isEmpty();
        assertThat(maillog.lines(entry.queueId())).filteredOn(l -> l.contains(": delivered ")).singleElement()
                .satisfies(l -> assertThat(l).contains("to=<user@remote.test>"));
    }

    private TestNode startB(int mxPort) throws Exception {
        TestNode node = TestNode.start(dir.resolve("b"), "mx.remote.test", Map.of("smtp.listen", "127.0.0.1:" + mxPort));
        if (node.node().directory().domains().isEmpty()) {
            node.domain("remote.test").account("user@remote.test", "user-pass");
            node.account("jürgen@remote.test", "jürgen-pass");
        }
        return node;
    }

    private TestNode startA(int remotePort) throws Exception {
        TestNode node = TestNode.start(dir.resolve("a"), "mx.a.test", Map.of(
                "dns.servers", dns.address(),
                "delivery.smtp_port", String.valueOf(remotePort),
                "delivery.connect_timeout", "2s",
                "delivery.command_timeout", "20s"));
        node.domain("a.test").account("alice@a.test", "alice-pass");
        return node;
    }
}
