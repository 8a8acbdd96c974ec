package dev.junction.smtp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The node's login throttle as an SMTP client sees it: refusals outlive the session. */
class SmtpAuthThrottleTest {

    private static String plain(String login, String password) {
        return Base64.getEncoder().encodeToString(("\0" + login + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void addressWithTooManyFailuresIsRefusedEvenWithTheRightPassword() throws Exception {
        try (TestServer server = new TestServer(Map.of("auth.lockout_failures", "2"))) {
            try (SmtpClient c = server.connect(ListenerRole.SUBMISSIONS)) {
                c.run("""
                        S: 220 .*
                        C: EHLO client.example
                        """);
                c.reply();
                c.run("""
                        C: AUTH PLAIN %s
                        S: 535 5\\.7\\.8 .*
                        C: AUTH PLAIN %s
                        S: 535 5\\.7\\.8 .*
                        C: AUTH PLAIN %s
                        S: 454 4\\.7\\.0 Too many authentication failures, try later
                        C: MAIL FROM:<alice@example.com>
                        S: 530 5\\.7\\.0 Authentication required
                        """.formatted(plain("alice@example.com", "wrong"), plain("bob@example.com", "guess"),
                        plain("alice@example.com", "secret")));
            }
            try (SmtpClient c = server.connect(ListenerRole.SUBMISSIONS)) {
                c.run("""
                        S: 220 .*
                        C: EHLO client.example
                        """);
                c.reply();
                c.run("""
                        C: AUTH LOGIN %s
                        S: 334 UGFzc3dvcmQ6
                        C: %s
                        S: 454 4\\.7\\.0 .*
                        """.formatted(Base64.getEncoder().encodeToString("bob@example.com".getBytes(StandardCharsets.UTF_8)),
                        Base64.getEncoder().encodeToString("secret".getBytes(StandardCharsets.UTF_8))));
            }
        }
    }
}
