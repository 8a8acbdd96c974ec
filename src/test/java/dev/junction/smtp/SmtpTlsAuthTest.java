package dev.junction.smtp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** STARTTLS, implicit TLS and AUTH on the submission listeners (and on MX over TLS). */
class SmtpTlsAuthTest {

    private static final String ALICE_PLAIN = SmtpClient.plain("alice@example.com", "secret");

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void submissionWantsTlsThenAuthBeforeMail() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.SUBMISSION)) {
            c.run("""
                    S: 220 .*
                    C: EHLO client.example
                    """);
            assertThat(c.reply()).contains("250-STARTTLS").noneMatch(l -> l.contains("AUTH"));
            c.run("""
                    C: MAIL FROM:<alice@example.com>
                    S: 530 5\\.7\\.0 Must issue a STARTTLS command first
                    C: AUTH PLAIN %s
                    S: 530 5\\.7\\.0 Must issue a STARTTLS command first
                    """.formatted(ALICE_PLAIN));
        }
    }

    @Test
    void startTlsThenAuthPlainThenRelayOut() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.SUBMISSION)) {
            c.ehlo();
            c.run("""
                    C: STARTTLS
                    S: 220 2\\.0\\.0 Ready to start TLS
                    TLS
                    C: MAIL FROM:<alice@example.com>
                    S: 530 5\\.7\\.0 Authentication required
                    C: EHLO client.example
                    """);
            assertThat(c.tlsProtocol()).isIn("TLSv1.3", "TLSv1.2");
            assertThat(c.reply()).contains("250-AUTH PLAIN LOGIN").noneMatch(l -> l.contains("STARTTLS"));
            c.run("""
                    C: AUTH PLAIN %s
                    S: 235 2\\.7\\.0 Authentication successful
                    C: AUTH PLAIN %s
                    S: 503 5\\.5\\.1 Already authenticated
                    C: MAIL FROM:<alice@example.com>
                    S: 250 .*
                    C: RCPT TO:<friend@elsewhere.example>
                    S: 250 2\\.1\\.5 Ok
                    C: DATA
                    S: 354 .*
                    C: Subject: out
                    C: .
                    S: 250 2\\.0\\.0 Ok: queued as [0-9A-Z]+
                    """.formatted(ALICE_PLAIN, ALICE_PLAIN));
        }
        var e = server.entries().getFirst();
        assertThat(e.envelope().authUser()).isEqualTo("alice@example.com");
        assertThat(e.recipients()).extracting(r -> r.address().toString()).containsExactly("friend@elsewhere.example");
        assertThat(server.content(e)).containsPattern("with ESMTPSA id \\S+\r\n\t\\(version=TLSv1\\.[23] cipher=TLS_\\w+\\)");
    }

    @Test
    void submissionsSpeaksTlsFirstAndTakesAuthLogin() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.SUBMISSIONS)) {
            c.run("""
                    S: 220 .*
                    C: EHLO client.example
                    """);
            assertThat(c.reply()).contains("250-AUTH PLAIN LOGIN").noneMatch(l -> l.contains("STARTTLS"));
            c.run("""
                    C: AUTH LOGIN
                    S: 334 VXNlcm5hbWU6
                    C: %s
                    S: 334 UGFzc3dvcmQ6
                    C: %s
                    S: 235 2\\.7\\.0 .*
                    C: MAIL FROM:<bob@example.com>
                    S: 250 .*
                    """.formatted(SmtpClient.b64("bob@example.com"), SmtpClient.b64("secret")));
        }
    }

    @Test
    void authFailuresBadBase64AndUnknownMechanisms() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.SUBMISSIONS)) {
            c.ehlo();
            c.run("""
                    C: AUTH CRAM-MD5
                    S: 504 5\\.5\\.4 .*
                    C: AUTH PLAIN !!!notbase64
                    S: 501 5\\.5\\.2 Invalid base64 data
                    C: AUTH PLAIN
                    S: 334 ?
                    C: *
                    S: 501 5\\.0\\.0 Authentication aborted
                    C: AUTH LOGIN %s
                    S: 334 UGFzc3dvcmQ6
                    C: %%%%%%
                    S: 501 5\\.5\\.2 .*
                    C: AUTH PLAIN %s
                    S: 535 5\\.7\\.8 Authentication credentials invalid
                    C: AUTH PLAIN %s
                    S: 535 5\\.7\\.8 .*
                    C: AUTH PLAIN %s
                    S: 421 4\\.7\\.0 .*
                    """.formatted(SmtpClient.b64("alice@example.com"), SmtpClient.b64("\0alice@example.com\0wrong"),
                    SmtpClient.plain("nobody@example.com", "secret"), SmtpClient.plain("gone@example.com", "secret")));
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void authenticatedUsersMayRelayThroughMx() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.ehlo();
            c.run("""
                    C: AUTH PLAIN %s
                    S: 530 5\\.7\\.0 Must issue a STARTTLS command first
                    C: STARTTLS
                    S: 220 .*
                    TLS
                    C: EHLO client.example
                    """.formatted(ALICE_PLAIN));
            c.reply();
            c.run("""
                    C: MAIL FROM:<alice@example.com>
                    S: 250 .*
                    C: RCPT TO:<friend@elsewhere.example>
                    S: 554 5\\.7\\.1 .*
                    C: RSET
                    S: 250 .*
                    C: AUTH PLAIN %s
                    S: 235 .*
                    C: MAIL FROM:<alice@example.com>
                    S: 250 .*
                    C: RCPT TO:<friend@elsewhere.example>
                    S: 250 .*
                    """.formatted(ALICE_PLAIN));
        }
    }

    @Test
    void stateIsForgottenAfterStartTls() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.ehlo();
            c.run("""
                    C: STARTTLS
                    S: 220 .*
                    TLS
                    C: MAIL FROM:<a@remote.example>
                    S: 503 5\\.5\\.1 .*
                    C: EHLO client.example
                    """);
            c.reply();
            c.run("""
                    C: STARTTLS
                    S: 503 5\\.5\\.1 TLS already active
                    """);
        }
    }

    @Test
    void commandsPipelinedAfterStartTlsAreRefused() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.ehlo();
            c.write("STARTTLS\r\nMAIL FROM:<injected@remote.example>\r\n".getBytes(StandardCharsets.US_ASCII));
            c.expect("554 5\\.5\\.1 Command pipelined after STARTTLS");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void plaintextOnTheImplicitTlsPortIsClosedCleanly() throws Exception {
        int port = server.server.port(ListenerRole.SUBMISSIONS).orElseThrow();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write("EHLO client.example\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            byte[] rest = s.getInputStream().readAllBytes();
            assertThat(new String(rest, StandardCharsets.ISO_8859_1)).doesNotContain("220");
        } catch (java.net.SocketException reset) {
            // A reset is a close too.
        }
        try (SmtpClient c = server.connect(ListenerRole.SUBMISSIONS)) {
            c.expect("220 .*");
        }
    }

    @Test
    void plaintextAuthCanBeAllowed() throws Exception {
        try (TestServer open = new TestServer(Map.of("smtp.allow_plaintext_auth", "true"));
             SmtpClient c = open.connect(ListenerRole.SUBMISSION)) {
            c.run("""
                    S: 220 .*
                    C: EHLO client.example
                    """);
            assertThat(c.reply()).contains("250-AUTH PLAIN LOGIN");
            c.run("""
                    C: AUTH PLAIN %s
                    S: 235 .*
                    """.formatted(ALICE_PLAIN));
        }
    }
}
