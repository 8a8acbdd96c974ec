package dev.junction.smtp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a client cannot make the server hold: lines, messages, errors, time, connections. */
class SmtpLimitsTest {

    private static final String GREETED = """
            S: 220 .*
            C: HELO client.example
            S: 250 .*
            """;

    private static final String TRANSACTION = GREETED + """
            C: MAIL FROM:<a@remote.example>
            S: 250 .*
            C: RCPT TO:<alice@example.com>
            S: 250 .*
            """;

    @Test
    void lineTooLongGetsAReplyAndTheSessionGoesOn() throws Exception {
        try (TestServer server = new TestServer(); SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run(GREETED);
            c.send("NOOP " + "x".repeat(5000));
            c.run("""
                    S: 500 5\\.5\\.2 Line too long
                    C: NOOP
                    S: 250 2\\.0\\.0 Ok
                    """);
        }
    }

    @Test
    void megabyteLineIsDroppedWithoutBeingHeld() throws Exception {
        try (TestServer server = new TestServer(); SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run(GREETED);
            byte[] line = new byte[1 << 20];
            java.util.Arrays.fill(line, (byte) 'M');
            c.write("MAIL FROM:<".getBytes(StandardCharsets.US_ASCII));
            c.write(line);
            c.write(">\r\n".getBytes(StandardCharsets.US_ASCII));
            c.run("""
                    S: 500 5\\.5\\.2 Line too long
                    C: MAIL FROM:<a@remote.example>
                    S: 250 .*
                    """);
        }
    }

    @Test
    void declaredSizeOverTheLimitIsRefusedAtMail() throws Exception {
        try (TestServer server = new TestServer(Map.of("smtp.max_message_size", "1K"));
             SmtpClient c = server.connect(ListenerRole.MX)) {
            c.ehlo();
            c.run("""
                    C: MAIL FROM:<a@remote.example> SIZE=1025
                    S: 552 5\\.3\\.4 .*
                    C: MAIL FROM:<a@remote.example> SIZE=1024
                    S: 250 .*
                    """);
        }
    }

    @Test
    void messageOverTheLimitIsReadToItsEndThenRefused() throws Exception {
        try (TestServer server = new TestServer(Map.of("smtp.max_message_size", "1K"));
             SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run(TRANSACTION + """
                    C: DATA
                    S: 354 .*
                    """);
            for (int i = 0; i < 30; i++) c.send("x".repeat(70));
            c.run("""
                    C: .
                    S: 552 5\\.3\\.4 .*
                    C: NOOP
                    S: 250 .*
                    C: MAIL FROM:<a@remote.example>
                    S: 250 .*
                    """);
            assertThat(server.entries()).isEmpty();
            assertThat(server.stores.blobFiles()).as("nothing stored, the refused content's file removed").isZero();
        }
    }

    @Test
    void messageFarOverTheLimitEndsTheConnection() throws Exception {
        try (TestServer server = new TestServer(Map.of("smtp.max_message_size", "1K"));
             SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run(TRANSACTION + """
                    C: BDAT 100000000 LAST
                    S: 552 5\\.3\\.4 .*
                    """);
            assertThat(c.closedByServer()).isTrue();
            assertThat(server.entries()).isEmpty();
        }
    }

    @Test
    void bdatOverTheLimitIsRefusedAndLaterChunksAreSkipped() throws Exception {
        try (TestServer server = new TestServer(Map.of("smtp.max_message_size", "1K"));
             SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run(TRANSACTION);
            c.write(("BDAT 2000\r\n" + "y".repeat(2000) + "BDAT 3 LAST\r\nxyzNOOP\r\n").getBytes(StandardCharsets.US_ASCII));
            c.run("""
                    S: 552 5\\.3\\.4 .*
                    S: 503 5\\.5\\.1 .*
                    S: 250 2\\.0\\.0 Ok
                    """);
            assertThat(server.entries()).isEmpty();
        }
    }

    @Test
    void unterminatedDataThenDisconnectQueuesNothing() throws Exception {
        try (TestServer server = new TestServer()) {
            try (SmtpClient c = server.connect(ListenerRole.MX)) {
                c.run(TRANSACTION + """
                        C: DATA
                        S: 354 .*
                        C: Subject: half a message
                        C:
                        C: and no final dot
                        """);
                assertThat(server.stores.blobFiles()).as("the content being received").isEqualTo(1);
            }
            await().until(() -> server.stores.blobFiles() == 0);
            assertThat(server.entries()).isEmpty();
        }
    }

    @Test
    void tooManyErrorsCloseTheSession() throws Exception {
        try (TestServer server = new TestServer(Map.of("smtp.max_errors", "3"));
             SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run("""
                    S: 220 .*
                    C: FROB
                    S: 500 5\\.5\\.1 .*
                    C: RCPT TO:<a@example.com>
                    S: 503 5\\.5\\.1 .*
                    C: EHLO
                    S: 501 5\\.5\\.4 .*
                    S: 421 4\\.7\\.0 Too many errors, closing connection
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void idleClientIsDisconnected() throws Exception {
        try (TestServer server = new TestServer(Map.of("smtp.idle_timeout", "300ms"));
             SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run("""
                    S: 220 .*
                    S: 421 4\\.4\\.2 Timeout, closing connection
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void connectionsOverThePerAddressLimitGet421() throws Exception {
        try (TestServer server = new TestServer(Map.of("smtp.max_connections_per_ip", "1"));
             SmtpClient first = server.connect(ListenerRole.MX)) {
            first.expect("220 .*");
            try (SmtpClient second = server.connect(ListenerRole.MX)) {
                second.expect("421 4\\.7\\.0 Too many connections, try again later");
                assertThat(second.closedByServer()).isTrue();
            }
            first.run("""
                    C: QUIT
                    S: 221 .*
                    """);
            await().untilAsserted(() -> {
                try (SmtpClient third = server.connect(ListenerRole.MX)) {
                    third.expect("220 .*");
                }
            });
        }
    }

    @Test
    void connectionsOverTheNodeLimitGet421AcrossListenersAndAWarning() throws Exception {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel() == Level.WARNING) warnings.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("junction.smtp").addHandler(capture);
        try (TestServer server = new TestServer(Map.of("smtp.max_connections", "1"));
             SmtpClient first = server.connect(ListenerRole.SUBMISSION)) {
            first.expect("220 .*");
            try (SmtpClient second = server.connect(ListenerRole.MX)) {
                second.expect("421 4\\.7\\.0 Too many connections, try again later");
                assertThat(second.closedByServer()).isTrue();
            }
            assertThat(warnings).anyMatch(m -> m.matches("session \\S+: 127\\.0\\.0\\.1 refused, smtp\\.max_connections reached"));
        } finally {
            Logger.getLogger("junction.smtp").removeHandler(capture);
        }
    }

    @Test
    void spoolFailureIsATemporaryErrorAndTheSessionGoesOn() throws Exception {
        try (TestServer server = TestServer.withBrokenSpool(); SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run(TRANSACTION + """
                    C: DATA
                    S: 354 .*
                    C: hello
                    C: .
                    S: 451 4\\.3\\.0 .*
                    C: RCPT TO:<alice@example.com>
                    S: 503 5\\.5\\.1 .*
                    C: NOOP
                    S: 250 .*
                    """);
            assertThat(server.entries()).isEmpty();
        }
    }

    @Test
    void silentClientOnTheImplicitTlsPortIsClosedWithoutAReply() throws Exception {
        try (TestServer server = new TestServer(Map.of("smtp.idle_timeout", "300ms"));
             java.net.Socket s = new java.net.Socket("127.0.0.1", server.server.port(ListenerRole.SUBMISSIONS).orElseThrow())) {
            s.setSoTimeout(20_000);
            assertThat(s.getInputStream().readAllBytes()).isEmpty();
        }
    }
}
