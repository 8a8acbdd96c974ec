package dev.junction.pop3;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The RFC 1939 commands over a real socket, after STLS or on the implicit TLS port. */
class Pop3SessionTest {

    private static final String FIRST = "Return-Path: <a@example.net>\r\nSubject: one\r\n\r\nline 1\r\n.starts with a dot\r\n..two\r\nline 4\r\n";
    private static final String SECOND = "Subject: two\r\n\r\nsecond\r\n";

    @RegisterExtension
    final TestPop3Server server = new TestPop3Server();

    @Test
    void withoutTlsOnlyStlsIsOfferedAndLoginsAreRefused() throws Exception {
        try (Pop3Client c = server.connect(Pop3Role.POP3)) {
            c.run("""
                    S: \\+OK POP3 server ready mx\\.test
                    C: CAPA
                    S: \\+OK Capability list follows
                    """);
            assertThat(c.body()).contains("TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE", "PIPELINING", "STLS")
                    .doesNotContain("USER", "SASL PLAIN");
            c.run("""
                    C: USER alice@example.com
                    S: -ERR \\[AUTH\\] TLS required
                    C: PASS secret
                    S: -ERR \\[AUTH\\] TLS required
                    C: AUTH PLAIN %s
                    S: -ERR \\[AUTH\\] TLS required
                    C: STAT
                    S: -ERR Command not valid in this state
                    C: QUIT
                    S: \\+OK mx\\.test closing connection
                    """.formatted(Pop3Client.plain("alice@example.com", "secret")));
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void stlsThenUserPassThenEveryTransactionCommand() throws Exception {
        server.deliver(FIRST);
        server.deliver(SECOND);
        try (Pop3Client c = server.connect(Pop3Role.POP3)) {
            c.run("""
                    S: \\+OK .*
                    C: STLS
                    S: \\+OK Begin TLS negotiation
                    TLS
                    C: STLS
                    S: -ERR TLS already active
                    C: CAPA
                    S: \\+OK Capability list follows
                    """);
            assertThat(c.body()).contains("USER", "SASL PLAIN").doesNotContain("STLS");
            c.run("""
                    C: PASS secret
                    S: -ERR USER first
                    C: USER alice@example.com
                    S: \\+OK
                    C: PASS secret
                    S: \\+OK Logged in, 2 messages
                    C: STAT
                    S: \\+OK 2 %d
                    C: LIST
                    S: \\+OK 2 messages
                    S: 1 %d
                    S: 2 %d
                    S: \\.
                    C: LIST 2
                    S: \\+OK 2 %d
                    C: LIST 3
                    S: -ERR No such message
                    C: UIDL 1
                    S: \\+OK 1 \\d+\\.1
                    C: UIDL
                    S: \\+OK
                    S: 1 \\d+\\.1
                    S: 2 \\d+\\.2
                    S: \\.
                    C: RETR 1
                    S: \\+OK %d octets
                    S: Return-Path: <a@example\\.net>
                    S: Subject: one
                    S:
                    S: line 1
                    S: \\.\\.starts with a dot
                    S: \\.\\.\\.two
                    S: line 4
                    S: \\.
                    C: TOP 1 2
                    S: \\+OK
                    S: Return-Path: <a@example\\.net>
                    S: Subject: one
                    S:
                    S: line 1
                    S: \\.\\.starts with a dot
                    S: \\.
                    C: TOP 2 0
                    S: \\+OK
                    S: Subject: two
                    S:
                    S: \\.
                    C: DELE 1
                    S: \\+OK message 1 deleted
                    C: DELE 1
                    S: -ERR Message already deleted
                    C: RETR 1
                    S: -ERR Message already deleted
                    C: STAT
                    S: \\+OK 1 %d
                    C: LIST
                    S: \\+OK 1 messages
                    S: 2 %d
                    S: \\.
                    C: RSET
                    S: \\+OK maildrop has 2 messages
                    C: DELE 2
                    S: \\+OK message 2 deleted
                    C: NOOP
                    S: \\+OK
                    C: USER bob@example.com
                    S: -ERR Command not valid in this state
                    C: QUIT
                    S: \\+OK mx\\.test closing connection
                    """.formatted(FIRST.length() + SECOND.length(), FIRST.length(), SECOND.length(), SECOND.length(),
                    FIRST.length(), SECOND.length(), SECOND.length()));
            assertThat(c.closedByServer()).isTrue();
        }
        assertThat(server.messages()).extracting(m -> server.stores.text(m.blob())).containsExactly(FIRST);
    }

    @Test
    void eachSessionEndsWithOneLogLine() throws Exception {
        server.deliver(SECOND);
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getMessage().contains(": end user=")) lines.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger("junction.pop3");
        log.addHandler(handler);
        try (Pop3Client c = server.connect(Pop3Role.POP3S)) {
            c.login("alice@example.com", "secret").run("""
                    C: RETR 1
                    S: \\+OK .*
                    S: Subject: two
                    S:
                    S: second
                    S: \\.
                    C: DELE 1
                    S: \\+OK .*
                    C: QUIT
                    S: \\+OK .*
                    """);
            assertThat(c.closedByServer()).isTrue();
            await().until(() -> !lines.isEmpty());
        } finally {
            log.removeHandler(handler);
        }
        assertThat(lines).singleElement().asString().matches(
                "session \\w+: end user=alice@example\\.com ip=127\\.0\\.0\\.1 tls=yes retrieved=1 deleted=1 bytes="
                        + SECOND.length());
    }

    @Test
    void droppingTheConnectionDeletesNothing() throws Exception {
        server.deliver(FIRST);
        try (Pop3Client c = server.connect(Pop3Role.POP3S)) {
            c.login("alice@example.com", "secret").run("""
                    C: DELE 1
                    S: \\+OK message 1 deleted
                    """);
        }
        try (Pop3Client c = server.connect(Pop3Role.POP3S)) {
            c.login("alice@example.com", "secret").run("""
                    C: STAT
                    S: \\+OK 1 \\d+
                    C: QUIT
                    S: \\+OK .*
                    """);
        }
        assertThat(server.messages()).hasSize(1);
    }

    @Test
    void uidlIsStableAcrossSessionsAndNeverReused() throws Exception {
        server.deliver(FIRST);
        server.deliver(SECOND);
        String second;
        try (Pop3Client c = server.connect(Pop3Role.POP3S)) {
            c.login("alice@example.com", "secret").send("UIDL 2");
            second = c.readLine().substring("+OK 2 ".length());
            c.run("""
                    C: DELE 1
                    S: \\+OK .*
                    C: QUIT
                    S: \\+OK .*
                    """);
        }
        server.deliver("Subject: three\r\n\r\nthree\r\n");
        try (Pop3Client c = server.connect(Pop3Role.POP3S)) {
            c.login("alice@example.com", "secret").send("UIDL");
            c.expect("\\+OK");
            assertThat(c.body()).containsExactly("1 " + second, "2 " + second.replaceAll("\\.2$", ".3"));
        }
    }

    @Test
    void aSecondSessionFindsTheMaildropInUseUntilTheFirstQuits() throws Exception {
        try (Pop3Client first = server.connect(Pop3Role.POP3S); Pop3Client second = server.connect(Pop3Role.POP3S)) {
            first.login("alice@example.com", "secret");
            second.run("""
                    S: \\+OK .*
                    C: USER alice@example.com
                    S: \\+OK
                    C: PASS secret
                    S: -ERR \\[IN-USE\\] maildrop locked
                    """);
            first.run("""
                    C: QUIT
                    S: \\+OK .*
                    """);
            assertThat(first.closedByServer()).isTrue();
            second.run("""
                    C: USER alice@example.com
                    S: \\+OK
                    C: PASS secret
                    S: \\+OK Logged in, 0 messages
                    """);
        }
    }
}
