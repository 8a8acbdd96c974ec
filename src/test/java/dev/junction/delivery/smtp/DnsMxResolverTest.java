package dev.junction.delivery.smtp;

import dev.junction.config.Config;
import dev.junction.delivery.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DnsMxResolverTest {

    private FakeDnsServer dns;
    private DnsMxResolver resolver;

    @BeforeEach
    void setUp() throws IOException {
        dns = new FakeDnsServer();
        resolver = DnsMxResolver.fromConfig(Config.of(Map.of("dns.servers", dns.address(), "dns.timeout", "2s")));
    }

    @AfterEach
    void tearDown() {
        dns.close();
    }

    @Test
    void mxHostsComeInPreferenceOrder() throws Exception {
        dns.mx("example.org", 20, "backup.example.org").mx("example.org", 10, "mx1.example.org").mx("example.org", 30, "last.example.net");
        assertThat(resolver.mailHosts("example.org")).containsExactly("mx1.example.org", "backup.example.org", "last.example.net");
    }

    @Test
    void noMxFallsBackToTheDomainItself() throws Exception {
        dns.a("plain.example", "192.0.2.7").aaaa("plain.example", "2001:db8::7");
        assertThat(resolver.mailHosts("plain.example")).containsExactly("plain.example");
        assertThat(resolver.addresses("plain.example"))
                .containsExactly(InetAddress.getByName("192.0.2.7"), InetAddress.getByName("2001:db8::7"));
    }

    @Test
    void nullMxIsAPermanentFailure() {
        dns.mx("nomail.example", 0, ".");
        assertThatThrownBy(() -> resolver.mailHosts("nomail.example")).isInstanceOfSatisfying(DnsException.class, e -> {
            assertThat(e.outcome().code()).isEqualTo(556);
            assertThat(e.outcome().status()).isEqualTo("5.1.10");
        });
    }

    @Test
    void unknownDomainIsPermanent() {
        assertThatThrownBy(() -> resolver.mailHosts("nowhere.example"))
                .isInstanceOfSatisfying(DnsException.class, e -> assertThat(e.outcome().status()).isEqualTo("5.1.2"));
    }

    @Test
    void aDomainWithNeitherMxNorAddressIsPermanent() {
        dns.exists("txtonly.example");
        assertThatThrownBy(() -> resolver.mailHosts("txtonly.example")).isInstanceOfSatisfying(DnsException.class, e -> {
            assertThat(e.outcome().kind()).isEqualTo(Outcome.Kind.FAILED);
            assertThat(e.outcome().status()).isEqualTo("5.4.4");
        });
    }

    @Test
    void serverFailureIsTemporary() {
        dns.fail("flaky.example");
        assertThatThrownBy(() -> resolver.mailHosts("flaky.example"))
                .isInstanceOfSatisfying(DnsException.class, e -> assertThat(e.outcome().status()).isEqualTo("4.4.3"));
    }

    @Test
    void hostWithoutAddressesGivesAnEmptyList() throws Exception {
        dns.exists("txtonly.example");
        assertThat(resolver.addresses("txtonly.example")).isEmpty();
    }
}
