package dev.junction.e2e;

import dev.junction.mail.BodyType;
import dev.junction.mail.DsnRet;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Notify;
import dev.junction.queue.QueueEntry;
import dev.junction.smtp.ListenerRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.junction.smtp.ListenerRole.MX;
import static dev.junction.smtp.ListenerRole.SUBMISSION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protocol edges driven by swaks, each row asserting swaks' exit code and the server's reply lines
 * as swaks prints them ({@code <-} plain, {@code <~} under TLS, {@code <**} an unexpected reply).
 * swaks 20201014 has no DSN or BODY options, so those parameters ride after the address: swaks
 * closes the path with '>' after them, which stays a valid xtext character of the last value.
 */
class SwaksTest {

    private static final Pattern QUEUED = Pattern.compile("250 2\\.0\\.0 Ok: queued as (\\S+)");

    @TempDir
    static Path dir;

    private static TestNode node;
    private static Path bigBody;
    private static Path eightBitBody;

    /** Extra checks on the queue entry a row's message became. */
    interface QueuedCheck {
        void check(QueueEntry entry, String content);
    }

    record Row(String name, ListenerRole role, List<String> args, int exitCode, List<String> replies,
               QueuedCheck queued) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        // Mail for far@ is forwarded to a smart host that refuses connections, so its queue entry stays
        // (deferred) for the rows that inspect the envelope; mail delivered at once leaves the queue.
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        node = TestNode.start(dir.resolve("node"), "mx.example.test",
                Map.of("smtp.relay_networks", "", "smtp.max_message_size", "10K",
                        "relay.smarthost", "127.0.0.1:" + closedPort, "relay.smarthost_tls", "none"));
        node.domain("example.test");
        node.account("alice@example.test", "alice-pass");
        node.account("bob@example.test", "bob-pass");
        node.node().directory().addAlias(MailAddress.parse("far@example.test"), List.of(MailAddress.parse("far@away.test")));
        bigBody = Files.writeString(dir.resolve("big.txt"), ("x".repeat(70) + "\n").repeat(200));
        eightBitBody = Files.writeString(dir.resolve("8bit.txt"), "Grüße, naïve café — 8-bit\n", StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("pipelined transaction", MX, List.of("-t", "bob@example.test", "--pipeline"), 0,
                        List.of("<-  250-PIPELINING", "<-  250 2.1.0 Ok", "<-  250 2.1.5 Ok",
                                "<-  354 End data with <CR><LF>.<CR><LF>"), null),
                new Row("relay from outside relay_networks", MX, List.of("-t", "someone@elsewhere.test"), 24,
                        List.of("<** 554 5.7.1 Relay access denied"), null),
                new Row("unknown local recipient", MX, List.of("-t", "nobody@example.test"), 24,
                        List.of("<** 550 5.1.1 Recipient address rejected: user unknown"), null),
                new Row("message over smtp.max_message_size", MX,
                        List.of("-t", "bob@example.test", "--body", "@" + bigBody), 26,
                        List.of("<-  250-SIZE 10240", "<** 552 5.3.4 Message size exceeds fixed maximum message size"), null),
                new Row("unknown command (LHLO)", MX, List.of("-t", "bob@example.test", "--protocol", "LMTP"), 22,
                        List.of("<** 500 5.5.1 Unknown command"), null),
                new Row("bad MAIL FROM syntax", MX, List.of("-f", "not an address", "-t", "bob@example.test"), 23,
                        List.of("<** 501 5.5.4 Syntax error in parameters or arguments"), null),
                new Row("quit after RCPT", MX, List.of("-t", "bob@example.test", "--quit-after", "RCPT"), 0,
                        List.of("<-  250 2.1.5 Ok", " -> QUIT", "<-  221 2.0.0 Bye"), null),
                new Row("AUTH not offered on plaintext submission", SUBMISSION,
                        List.of("-t", "bob@example.test", "--auth", "PLAIN", "--auth-user", "alice@example.test",
                                "--auth-password", "alice-pass"), 28,
                        List.of("<-  250-STARTTLS", "*** Host did not advertise authentication"), null),
                new Row("MAIL before STARTTLS on submission", SUBMISSION, List.of("-t", "bob@example.test"), 23,
                        List.of("<** 530 5.7.0 Must issue a STARTTLS command first"), null),
                new Row("STARTTLS then AUTH LOGIN", SUBMISSION,
                        List.of("-f", "alice@example.test", "-t", "far@example.test", "--tls", "--auth", "LOGIN",
                                "--auth-user", "alice@example.test", "--auth-password", "alice-pass"), 0,
                        List.of("<-  220 2.0.0 Ready to start TLS", "<~  250-AUTH PLAIN LOGIN",
                                "<~  235 2.7.0 Authentication successful"),
                        (entry, content) -> assertThat(entry.envelope().authUser()).isEqualTo("alice@example.test")),
                new Row("STARTTLS then AUTH LOGIN with a wrong password", SUBMISSION,
                        List.of("-f", "alice@example.test", "-t", "bob@example.test", "--tls", "--auth", "LOGIN",
                                "--auth-user", "alice@example.test", "--auth-password", "wrong"), 28,
                        List.of("<~* 535 5.7.8 Authentication credentials invalid"), null),
                new Row("DSN parameters RET ENVID NOTIFY ORCPT", MX,
                        List.of("-f", "x@elsewhere.test> RET=HDRS ENVID=e2e-1",
                                "-t", "far@example.test> NOTIFY=FAILURE ORCPT=rfc822;far@example.test",
                                "--header", "To: far@example.test"), 0,
                        List.of("<-  250 2.1.0 Ok", "<-  250 2.1.5 Ok"),
                        (entry, content) -> {
                            assertThat(entry.envelope().ret()).isEqualTo(DsnRet.HDRS);
                            assertThat(entry.envelope().envId()).isEqualTo("e2e-1>");
                            assertThat(entry.envelope().recipients().getFirst().notifyOn()).isEqualTo(Set.of(Notify.FAILURE));
                        }),
                new Row("bad DSN RET value", MX, List.of("-f", "x@elsewhere.test> RET=BOGUS ENVID=x", "-t", "bob@example.test"), 23,
                        List.of("<** 501 5.5.4 Syntax error in parameters or arguments"), null),
                new Row("8BITMIME body", MX,
                        List.of("-f", "x@elsewhere.test> BODY=8BITMIME ENVID=e8", "-t", "far@example.test",
                                "--body", "@" + eightBitBody), 0,
                        List.of("<-  250-8BITMIME", "<-  250 2.1.0 Ok"),
                        (entry, content) -> {
                            assertThat(entry.envelope().body()).isEqualTo(BodyType.EIGHT_BITMIME);
                            assertThat(content).contains("\r\n\r\nGrüße, naïve café — 8-bit\r\n");
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void swaks(Row row) throws Exception {
        List<String> command = new ArrayList<>(List.of("swaks", "--server", "127.0.0.1:" + node.port(row.role()),
                "--helo", "client.example.test", "--timeout", "20"));
        if (!row.args().contains("-f")) command.addAll(List.of("-f", "x@elsewhere.test"));
        command.addAll(row.args());
        Tool.Result swaks = Tool.run(command.toArray(String[]::new));

        assertThat(swaks.exitCode()).as(swaks.output()).isEqualTo(row.exitCode());
        assertThat(swaks.lines()).as(swaks.output()).containsAll(row.replies());
        Matcher queued = QUEUED.matcher(swaks.output());
        assertThat(queued.find()).as(swaks.output()).isEqualTo(row.exitCode() == 0 && !row.args().contains("--quit-after"));
        if (row.queued() != null) {
            QueueEntry entry = node.node().spool().get(queued.group(1)).orElseThrow();
            String content = new String(node.node().blobs().open(entry.blob().id()).readAllBytes(), StandardCharsets.UTF_8);
            row.queued().check(entry, content);
        }
    }
}
