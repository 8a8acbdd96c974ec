package dev.junction.pop3;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** AUTH PLAIN in both forms, wrong and refused logins, and plaintext logins when configured. */
class Pop3AuthTest {

    private static final String ALICE = Pop3Client.plain("alice@example.com", "secret");

    @RegisterExtension
    final TestPop3Server server = new TestPop3Server();

    @Test
    void authPlainWithAnInitialResponse() throws Exception {
        try (Pop3Client c = server.connect(Pop3Role.POP3S)) {
            c.run("""
                    S: \\+OK .*
                    C: AUTH PLAIN %s
                    S: \\+OK Logged in, 0 messages
                    C: AUTH PLAIN %s
                    S: -ERR Command not valid in this state
                    """.formatted(ALICE, ALICE));
        }
    }

    @Test
    void stlsThenAuthPlainAfterAContinuation() throws Exception {
        try (Pop3Client c = server.connect(Pop3Role.POP3)) {
            c.run("""
                    S: \\+OK .*
                    C: STLS
                    S: \\+OK .*
                    TLS
                    C: AUTH
                    S: \\+OK
                    S: PLAIN
                    S: \\.
                    C: AUTH PLAIN
                    S: \\+\\s
                    C: *
                    S: -ERR Authentication aborted
                    C: AUTH PLAIN
                    S: \\+\\s
                    C: not base64!
                    S: -ERR Invalid base64 data
                    C: AUTH PLAIN =
                    S: -ERR Syntax error
                    C: AUTH CRAM-MD5
                    S: -ERR Unrecognized authentication mechanism
                    C: AUTH PLAIN
                    S: \\+\\s
                    C: %s
                    S: \\+OK Logged in, 0 messages
                    """.formatted(ALICE));
        }
    }

    @Test
    void wrongPasswordsDisabledAccountsAndOtherIdentitiesAreRefusedThenTheSessionEnds() throws Exception {
        String asBob = Base64.getEncoder().encodeToString("bob@example.com\0alice@example.com\0secret".getBytes());
        try (Pop3Client c = server.connect(Pop3Role.POP3S)) {
            c.run("""
                    S: \\+OK .*
                    C: AUTH PLAIN %s
                    S: -ERR \\[AUTH\\] Authentication failed
                    C: USER gone@example.com
                    S: \\+OK
                    C: PASS secret
                    S: -ERR \\[AUTH\\] Authentication failed
                    C: USER alice@example.com
                    S: \\+OK
                    C: PASS wrong
                    S: -ERR \\[AUTH\\] Authentication failed
                    C: USER alice@example.com
                    S: \\+OK
                    C: PASS wrong again
                    S: -ERR \\[AUTH\\] Too many failed logins, closing connection
                    """.formatted(asBob));
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void aLockedOutAddressIsRefusedEvenWithTheRightPassword() throws Exception {
        try (TestPop3Server strict = new TestPop3Server(Map.of("auth.lockout_failures", "2"));
             Pop3Client c = strict.connect(Pop3Role.POP3S)) {
            c.run("""
                    S: \\+OK .*
                    C: AUTH PLAIN %s
                    S: -ERR \\[AUTH\\] Authentication failed
                    C: AUTH PLAIN %s
                    S: -ERR \\[AUTH\\] Authentication failed
                    C: AUTH PLAIN %s
                    S: -ERR \\[AUTH\\] Too many authentication failures, try later
                    """.formatted(Pop3Client.plain("alice@example.com", "x"), Pop3Client.plain("bob@example.com", "y"),
                    ALICE));
        }
    }

    @Test
    void plaintextLoginsWhenAllowed() throws Exception {
        try (TestPop3Server open = new TestPop3Server(Map.of("pop3.allow_plaintext_auth", "true"));
             Pop3Client c = open.connect(Pop3Role.POP3)) {
            c.run("""
                    S: \\+OK .*
                    C: CAPA
                    S: \\+OK .*
                    """);
            assertThat(c.body()).contains("USER", "SASL PLAIN", "STLS");
            c.run("""
                    C: USER alice@example.com
                    S: \\+OK
                    C: PASS secret
                    S: \\+OK Logged in, 0 messages
                    """);
        }
    }
}
