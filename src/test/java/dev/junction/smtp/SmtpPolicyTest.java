package dev.junction.smtp;

import dev.junction.config.ConfigException;
import dev.junction.mail.MailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bare Postmaster, the submission sender check and ESMTP parameters after HELO. */
class SmtpPolicyTest {

    private static final String ALICE_PLAIN = SmtpClient.plain("alice@example.com", "secret");

    private static final String MESSAGE = """
            C: DATA
            S: 354 .*
            C: Subject: hi
            C: .
            S: 250 2\\.0\\.0 Ok: queued as .*
            """;

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void barePostmasterWithoutAPostmasterAddressIsAClear550() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run(SmtpClient.GREETED + """
                    C: MAIL FROM:<a@remote.example>
                    S: 250 .*
                    C: RCPT TO:<Postmaster>
                    S: 550 5\\.1\\.1 Recipient address rejected: no postmaster here
                    """);
        }
    }

    @Test
    void barePostmasterGoesToPostmasterOfTheFirstLocalDomain() throws Exception {
        server.stores.directory().addAlias(MailAddress.parse("postmaster@example.com"), List.of(MailAddress.parse("alice@example.com")));
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run(SmtpClient.GREETED + """
                    C: MAIL FROM:<a@remote.example>
                    S: 250 .*
                    C: RCPT TO:<POSTMASTER>
                    S: 250 2\\.1\\.5 Ok
                    """ + MESSAGE);
        }
        var e = server.entries().getFirst();
        assertThat(e.recipients()).extracting(r -> r.address().toString()).containsExactly("alice@example.com");
        assertThat(e.envelope().recipients()).extracting(r -> r.address().toString()).containsExactly("postmaster@example.com");
    }

    @Test
    void configuredPostmasterElsewhereIsReachableWithoutRelaying() throws Exception {
        try (TestServer other = new TestServer(Map.of("smtp.postmaster", "admin@isp.example"));
             SmtpClient c = other.connect(ListenerRole.MX)) {
            c.run(SmtpClient.GREETED + """
                    C: MAIL FROM:<a@remote.example>
                    S: 250 .*
                    C: RCPT TO:<someone@isp.example>
                    S: 554 5\\.7\\.1 Relay access denied
                    C: RCPT TO:<postmaster>
                    S: 250 2\\.1\\.5 Ok
                    """ + MESSAGE);
            assertThat(other.entries().getFirst().recipients()).extracting(r -> r.address().toString())
                    .containsExactly("admin@isp.example");
        }
    }

    @Test
    void submissionSenderMustBeTheUsersOwnAddressOrAlias() throws Exception {
        try (SmtpClient c = authenticated(server)) {
            c.run("""
                    C: MAIL FROM:<bob@example.com>
                    S: 553 5\\.7\\.1 Sender address rejected: not owned by user
                    C: MAIL FROM:<alice@elsewhere.example>
                    S: 553 5\\.7\\.1 .*
                    C: MAIL FROM:<nobody@example.com>
                    S: 553 5\\.7\\.1 .*
                    C: MAIL FROM:<ALICE@Example.COM>
                    S: 250 .*
                    C: RSET
                    S: 250 .*
                    C: MAIL FROM:<team@example.com>
                    S: 250 .*
                    C: RSET
                    S: 250 .*
                    C: MAIL FROM:<>
                    S: 250 .*
                    """);
        }
    }

    @Test
    void senderCheckCanBeTurnedOff() throws Exception {
        try (TestServer open = new TestServer(Map.of("smtp.enforce_sender_login", "false"));
             SmtpClient c = authenticated(open)) {
            c.run("""
                    C: MAIL FROM:<bob@example.com>
                    S: 250 .*
                    """);
        }
    }

    @Test
    void esmtpParametersAfterHeloAre555() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run(SmtpClient.GREETED + """
                    C: MAIL FROM:<a@remote.example> SIZE=100
                    S: 555 5\\.5\\.4 ESMTP parameters require EHLO
                    C: MAIL FROM:<a@remote.example>
                    S: 250 .*
                    C: RCPT TO:<alice@example.com> NOTIFY=NEVER
                    S: 555 5\\.5\\.4 .*
                    C: RCPT TO:<alice@example.com>
                    S: 250 .*
                    """);
        }
    }

    @Test
    void badPostmasterAndRelayNetworksAreReportedTogether() {
        assertThatThrownBy(() -> new TestServer(Map.of("smtp.postmaster", "nobody", "smtp.relay_networks", "10.0.0.0/99")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).hasSize(2)
                        .anyMatch(p -> p.startsWith("smtp.postmaster: "))
                        .anyMatch(p -> p.startsWith("smtp.relay_networks: ")));
    }

    private static SmtpClient authenticated(TestServer s) throws Exception {
        SmtpClient c = s.connect(ListenerRole.SUBMISSIONS);
        c.ehlo();
        c.run("""
                C: AUTH PLAIN %s
                S: 235 .*
                """.formatted(ALICE_PLAIN));
        return c;
    }
}
