package dev.junction.delivery.smtp;

import dev.junction.config.Config;
import dev.junction.delivery.DeliveryRequest;
import dev.junction.delivery.Outcome;
import dev.junction.delivery.RoutedRecipient;
import dev.junction.mail.BodyType;
import dev.junction.mail.DsnRet;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Notify;
import dev.junction.mail.Recipient;
import dev.junction.routing.Route;
import dev.junction.store.BlobRef;
import dev.junction.store.file.FileBlobStore;
import dev.junction.testing.FakeDnsServer;
import dev.junction.testing.Mails;
import dev.junction.testing.TestStores;
import dev.junction.testing.TestTls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundDeliveryTest {

    private static final String SENDER = "sender@example.com";
    private static final String CONTENT = Mails.message(SENDER, "test", "line one\r\n.starts with a dot\r\n..two dots\r\n");

    private SinkServer sink;
    private FakeDnsServer dns;
    private FileBlobStore blobs;
    private BlobRef blob;

    @BeforeEach
    void setUp(@TempDir Path dir) throws IOException {
        blobs = new FileBlobStore(dir);
        sink = new SinkServer();
        dns = new FakeDnsServer();
        dns.mx("example.org", 10, "mx.example.org").a("mx.example.org", "127.0.0.1");
        blob = TestStores.put(blobs, CONTENT);
    }

    @AfterEach
    void tearDown() throws IOException {
        sink.close();
        dns.close();
    }

    private OutboundDelivery delivery(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of("delivery.smtp_port", String.valueOf(sink.port()),
                "dns.servers", dns.address(), "dns.timeout", "2s", "delivery.helo_name", "out.test",
                "delivery.connect_timeout", "2s", "delivery.command_timeout", "5s"));
        settings.putAll(extra);
        Config config = Config.of(settings);
        return new OutboundDelivery(config, DnsMxResolver.fromConfig(config), blobs);
    }

    private DeliveryRequest request(Envelope env, String domain, Recipient... recipients) {
        List<RoutedRecipient> rs = new java.util.ArrayList<>();
        long id = 1;
        for (Recipient r : recipients) rs.add(new RoutedRecipient(id++, r.address(), r, new Route.Internet(domain)));
        return new DeliveryRequest("Q1", env, blob, Mails.headerSkip(SENDER), "internet:" + domain, rs);
    }

    private DeliveryRequest request(String domain, String... recipients) {
        Envelope env = Mails.envelope(SENDER, Instant.now(), recipients);
        return request(env, domain, env.recipients().toArray(Recipient[]::new));
    }

    @Test
    void oneTransactionCarriesEveryRecipientOfTheDestination() {
        Map<Long, Outcome> out = delivery(Map.of()).deliver(request("example.org", "a@example.org", "b@example.org"));

        assertThat(out.values()).extracting(Outcome::kind).containsOnly(Outcome.Kind.RELAYED);
        assertThat(out.get(1L).remoteMta()).isEqualTo("mx.example.org");
        assertThat(sink.transactions).singleElement().satisfies(t -> {
            assertThat(t.helo()).isEqualTo("out.test");
            assertThat(t.mailFrom()).isEqualTo("<" + SENDER + ">");
            assertThat(t.rcptTo()).containsExactly("<a@example.org>", "<b@example.org>");
            assertThat(t.data()).isEqualTo(CONTENT.substring(Mails.headerSkip(SENDER))); // no Return-Path, dots intact
        });
    }

    @Test
    void eachRecipientGetsItsOwnReply() {
        sink.rcptReplies.put("busy@example.org", "452 4.2.2 mailbox busy");
        sink.rcptReplies.put("gone@example.org", "550 5.1.1 no such user");

        Map<Long, Outcome> out = delivery(Map.of()).deliver(request("example.org", "ok@example.org", "busy@example.org", "gone@example.org"));

        assertThat(out.get(1L).kind()).isEqualTo(Outcome.Kind.RELAYED);
        assertThat(out.get(2L)).extracting(Outcome::kind, Outcome::code, Outcome::status)
                .containsExactly(Outcome.Kind.DEFERRED, 452, "4.2.2");
        assertThat(out.get(3L)).extracting(Outcome::kind, Outcome::status, Outcome::text)
                .containsExactly(Outcome.Kind.FAILED, "5.1.1", "no such user");
        assertThat(sink.transactions).singleElement().satisfies(t -> assertThat(t.rcptTo()).containsExactly("<ok@example.org>"));
    }

    @Test
    void rejectedDataFailsTheAcceptedRecipients() {
        sink.dataReply = "554 5.7.1 spam";
        Map<Long, Outcome> out = delivery(Map.of()).deliver(request("example.org", "a@example.org"));
        assertThat(out.get(1L)).extracting(Outcome::kind, Outcome::status).containsExactly(Outcome.Kind.FAILED, "5.7.1");
    }

    @Test
    void dsnAndSizeParametersWhenAdvertised() {
        sink.extensions = List.of("SIZE 1000000", "DSN", "8BITMIME");
        Recipient r = new Recipient(MailAddress.parse("a@example.org"), "rfc822;list+2Bx@example.com", Set.of(Notify.SUCCESS, Notify.FAILURE));
        Recipient plain = Recipient.of(MailAddress.parse("b@example.org"));
        Envelope env = new Envelope(MailAddress.parse(SENDER), List.of(r, plain), "env 1", DsnRet.HDRS, BodyType.EIGHT_BITMIME,
                false, "c", "192.0.2.1", null, Instant.now());

        Map<Long, Outcome> out = delivery(Map.of()).deliver(request(env, "example.org", r, plain));

        assertThat(out.values()).extracting(Outcome::kind).containsOnly(Outcome.Kind.RELAYED_DSN);
        long size = blob.size() - Mails.headerSkip(SENDER);
        assertThat(sink.transactions).singleElement().satisfies(t -> {
            assertThat(t.mailFrom()).isEqualTo("<" + SENDER + "> SIZE=" + size + " BODY=8BITMIME RET=HDRS ENVID=env+201");
            assertThat(t.rcptTo()).containsExactly("<a@example.org> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;list+2Bx@example.com",
                    "<b@example.org> ORCPT=rfc822;b@example.org");
        });
    }

    @Test
    void tooBigForTheAnnouncedSizeFailsWithoutSending() {
        sink.extensions = List.of("SIZE 10");
        Map<Long, Outcome> out = delivery(Map.of()).deliver(request("example.org", "a@example.org"));
        assertThat(out.get(1L)).extracting(Outcome::kind, Outcome::status).containsExactly(Outcome.Kind.FAILED, "5.3.4");
        assertThat(sink.transactions).isEmpty();
    }

    @Test
    void chunkingSendsBdat() {
        sink.extensions = List.of("CHUNKING");
        Map<Long, Outcome> out = delivery(Map.of()).deliver(request("example.org", "a@example.org"));
        assertThat(out.get(1L).kind()).isEqualTo(Outcome.Kind.RELAYED);
        assertThat(sink.transactions).singleElement().satisfies(t -> {
            assertThat(t.bdat()).isTrue();
            assertThat(t.data()).isEqualTo(CONTENT.substring(Mails.headerSkip(SENDER)));
        });
    }

    @Test
    void heloWhenEhloIsRefused() {
        sink.refuseEhlo = true;
        Map<Long, Outcome> out = delivery(Map.of()).deliver(request("example.org", "a@example.org"));
        assertThat(out.get(1L).kind()).isEqualTo(Outcome.Kind.RELAYED);
        assertThat(sink.transactions).singleElement().satisfies(t -> assertThat(t.helo()).isEqualTo("out.test"));
    }

    @Test
    void nextMxWhenTheFirstCannotBeReached() throws IOException {
        dns.mx("two.example", 5, "dead.two.example").a("dead.two.example", "127.0.0.2")
                .mx("two.example", 10, "live.two.example").a("live.two.example", "127.0.0.1");
        Map<Long, Outcome> out = delivery(Map.of()).deliver(request("two.example", "a@two.example"));
        assertThat(out.get(1L)).extracting(Outcome::kind, Outcome::remoteMta).containsExactly(Outcome.Kind.RELAYED, "live.two.example");
    }

    @Test
    void unreachableEverywhereIsDeferred() throws IOException {
        dns.mx("down.example", 5, "dead.down.example").a("dead.down.example", "127.0.0.2");
        Outcome o = delivery(Map.of()).deliver(request("down.example", "a@down.example")).get(1L);
        assertThat(o.kind()).isEqualTo(Outcome.Kind.DEFERRED);
        assertThat(o.text()).contains("dead.down.example");
    }

    @Test
    void refusingGreetingIsDeferred() {
        sink.greeting = "554 5.3.2 go away";
        Outcome o = delivery(Map.of()).deliver(request("example.org", "a@example.org")).get(1L);
        assertThat(o.kind()).isEqualTo(Outcome.Kind.DEFERRED);
        assertThat(o.status()).startsWith("4.");
    }

    @Test
    void nullMxBouncesAtOnce() {
        dns.mx("nomail.example", 0, ".");
        Outcome o = delivery(Map.of()).deliver(request("nomail.example", "a@nomail.example")).get(1L);
        assertThat(o).extracting(Outcome::kind, Outcome::code, Outcome::status).containsExactly(Outcome.Kind.FAILED, 556, "5.1.10");
    }

    @Test
    void domainWithoutMxIsReachedByItsAddress() throws IOException {
        dns.a("direct.example", "127.0.0.1");
        Outcome o = delivery(Map.of()).deliver(request("direct.example", "a@direct.example")).get(1L);
        assertThat(o).extracting(Outcome::kind, Outcome::remoteMta).containsExactly(Outcome.Kind.RELAYED, "direct.example");
    }

    @Test
    void opportunisticStartTlsWithAnUnverifiableCertificate() throws Exception {
        sink.tls = TestTls.SERVER;
        Outcome o = delivery(Map.of()).deliver(request("example.org", "a@example.org")).get(1L);
        assertThat(o.kind()).isEqualTo(Outcome.Kind.RELAYED);
        assertThat(sink.transactions).singleElement().satisfies(t -> assertThat(t.tls()).isTrue());
    }

    @Test
    void smartHostWithStartTlsAndAuthPlain() throws Exception {
        sink.tls = TestTls.SERVER;
        sink.extensions = List.of("AUTH LOGIN PLAIN");
        Outcome o = delivery(smartHost("starttls", "secret")).deliver(request("example.org", "a@example.org")).get(1L);
        assertThat(o.kind()).isEqualTo(Outcome.Kind.RELAYED);
        assertThat(sink.transactions).singleElement().satisfies(t -> {
            assertThat(t.tls()).isTrue();
            assertThat(t.authUser()).isEqualTo("relay-user");
        });
    }

    @Test
    void smartHostWithAuthLogin() {
        sink.extensions = List.of("AUTH LOGIN");
        delivery(smartHost("none", "secret")).deliver(request("example.org", "a@example.org"));
        assertThat(sink.transactions).singleElement().satisfies(t -> assertThat(t.authUser()).isEqualTo("relay-user"));
    }

    @Test
    void smartHostRefusingCredentialsDefers() {
        sink.extensions = List.of("AUTH PLAIN");
        Outcome o = delivery(smartHost("none", "wrong")).deliver(request("example.org", "a@example.org")).get(1L);
        assertThat(o.kind()).isEqualTo(Outcome.Kind.DEFERRED);
        assertThat(sink.transactions).isEmpty();
    }

    @Test
    void requiredStartTlsMissingDefers() {
        Outcome o = delivery(smartHost("starttls", "secret")).deliver(request("example.org", "a@example.org")).get(1L);
        assertThat(o.kind()).isEqualTo(Outcome.Kind.DEFERRED);
        assertThat(o.text()).contains("STARTTLS");
    }

    private Map<String, String> smartHost(String tls, String password) {
        return Map.of("relay.smarthost", "127.0.0.1:" + sink.port(), "relay.smarthost_tls", tls,
                "relay.smarthost_tls_verify", "false", "relay.smarthost_user", "relay-user", "relay.smarthost_password", password);
    }
}
