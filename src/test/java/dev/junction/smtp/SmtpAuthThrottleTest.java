package dev.junction.smtp;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** The node's login throttle as an SMTP client sees it: refusals outlive the session. */
class SmtpAuthThrottleTest {

    @Test
    void addressWithTooManyFailuresIsRefusedEvenWithTheRightPassword() throws Exception {
        try (TestServer server = new TestServer(Map.of("auth.lockout_failures", "2"))) {
            try (SmtpClient c = server.connect(ListenerRole.SUBMISSIONS)) {
                c.ehlo();
                c.run("""
                        C: AUTH PLAIN %s
                        S: 535 5\\.7\\.8 .*
                        C: AUTH PLAIN %s
                        S: 535 5\\.7\\.8 .*
                        C: AUTH PLAIN %s
                        S: 454 4\\.7\\.0 Too many authentication failures, try later
                        C: MAIL FROM:<alice@example.com>
                        S: 530 5\\.7\\.0 Authentication required
                        """.formatted(SmtpClient.plain("alice@example.com", "wrong"), SmtpClient.plain("bob@example.com", "guess"),
                        SmtpClient.plain("alice@example.com", "secret")));
            }
            try (SmtpClient c = server.connect(ListenerRole.SUBMISSIONS)) {
                c.ehlo();
                c.run("""
                        C: AUTH LOGIN %s
                        S: 334 UGFzc3dvcmQ6
                        C: %s
                        S: 454 4\\.7\\.0 .*
                        """.formatted(SmtpClient.b64("bob@example.com"), SmtpClient.b64("secret")));
            }
        }
    }
}
