package dev.junction.queue;

import dev.junction.config.Config;
import dev.junction.delivery.DeliveryRequest;
import dev.junction.delivery.LocalDelivery;
import dev.junction.delivery.Outcome;
import dev.junction.delivery.Transports;
import dev.junction.directory.Account;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Notify;
import dev.junction.mail.Recipient;
import dev.junction.routing.Router;
import dev.junction.testing.Mails;
import dev.junction.testing.MutableClock;
import dev.junction.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class QueueManagerTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String SENDER = "sender@example.net";

    private final MutableClock clock = new MutableClock(T0);
    private final ScriptedTransport internet = new ScriptedTransport();
    private TestStores stores;
    private Spool spool;
    private QueueManager queue;
    private Account alice;

    @BeforeEach
    void setUp(@TempDir Path dir) {
        stores = TestStores.open(dir, clock);
        spool = stores.spool();
        alice = stores.account("alice@example.com", "pw", 0);
        Config config = Config.of(Map.of());
        DsnSender notices = new DsnSender(stores.blobs(), spool, new Dsn("mx.example.com", new Random(1)),
                config.get(QueueSettings.DSN_RETURN_LIMIT));
        queue = new QueueManager(config, spool, new Router(stores.directory()),
                new Transports(new LocalDelivery(stores.directory(), stores.mailStore()), internet), notices, clock);
        queue.start();
    }

    @AfterEach
    void tearDown() {
        internet.gates.values().forEach(CountDownLatch::countDown);
        queue.close();
        stores.close();
    }

    private QueueEntry enqueue(Envelope env) {
        String content = Mails.message(env.sender() == null ? "" : env.sender().toString(), "hello", "body\r\n");
        QueueEntry e = spool.enqueue(env, Mails.asNew(env), stores.put(content),
                Mails.headerSkip(env.sender() == null ? "" : env.sender().toString()));
        queue.wake();
        return e;
    }

    /** A recipient of an entry still in the spool (an entry leaves it once nothing is left to do). */
    private QueuedRecipient recipient(QueueEntry e, int index) {
        long id = e.recipients().get(index).id();
        return spool.get(e.queueId()).orElseThrow().recipients().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private boolean finished(QueueEntry e) {
        return spool.get(e.queueId()).isEmpty();
    }

    /** Notices sent to SENDER: they leave through the internet transport like any mail. */
    private List<DeliveryRequest> notices() {
        return internet.requests.stream().filter(r -> r.envelope().sender() == null)
                .filter(r -> r.destination().equals("internet:example.net")).toList();
    }

    @Test
    void deliversLocallyAndToTheInternet() {
        QueueEntry e = enqueue(Mails.envelope(SENDER, T0, "alice@example.com", "bob@example.org"));

        await().until(() -> finished(e));

        assertThat(queue.counters()).containsEntry("delivered.local", 1L).containsEntry("delivered.internet", 1L);
        assertThat(stores.inbox(alice.id())).hasSize(1);
        assertThat(internet.requests).singleElement().satisfies(r -> assertThat(r.destination()).isEqualTo("internet:example.org"));
        assertThat(notices()).isEmpty();
    }

    @Test
    void aStuckDestinationDelaysOnlyItsOwnMailAndIsRetriedWithBackoff() {
        internet.gates.put("internet:slow.example", new CountDownLatch(1));
        internet.answers.put("internet:slow.example", r -> Outcome.deferred(421, "4.4.2", "try later").from("mx.slow.example"));
        QueueEntry slow = enqueue(Mails.envelope(SENDER, T0, "a@slow.example"));
        QueueEntry fast = enqueue(Mails.envelope(SENDER, T0, "b@fast.example"));

        await().until(() -> finished(fast));
        assertThat(recipient(slow, 0).attempts()).isZero();

        internet.gates.get("internet:slow.example").countDown();
        await().until(() -> recipient(slow, 0).attempts() == 1);
        QueuedRecipient first = recipient(slow, 0);
        assertThat(first.state()).isEqualTo(RecipientState.PENDING);
        assertThat(first.lastReply()).isEqualTo("421 4.4.2 try later");
        assertThat(first.nextAttempt()).isBetween(T0.plusSeconds(48), T0.plusSeconds(60));

        clock.advance(Duration.ofMinutes(1));
        Instant second = clock.instant();
        queue.wake();
        await().until(() -> recipient(slow, 0).attempts() == 2);
        assertThat(recipient(slow, 0).nextAttempt()).isBetween(second.plusSeconds(96), second.plusSeconds(120));
        assertThat(internet.requestsFor("internet:slow.example")).isEqualTo(2);
        assertThat(queue.depth()).containsEntry("internet:slow.example", 1);
    }

    @Test
    void bouncesAtTheMaximumAge() {
        internet.answers.put("internet:dead.example", r -> Outcome.deferred(451, "4.4.1", "connection refused").from("mx.dead.example"));
        QueueEntry e = enqueue(Mails.envelope(SENDER, T0, "x@dead.example"));
        await().until(() -> recipient(e, 0).attempts() == 1);

        clock.advance(Duration.ofDays(5));
        queue.wake();

        await().until(() -> finished(e) && notices().size() == 1);
        assertThat(notices()).singleElement().satisfies(n -> {
            assertThat(n.recipients()).singleElement().satisfies(r -> assertThat(r.address().toString()).isEqualTo(SENDER));
            String text = stores.text(n.blob());
            assertThat(text).startsWith("Return-Path: <>\r\n").contains("Action: failed", "Status: 4.4.7",
                    "Remote-MTA: dns; mx.dead.example",
                    "Diagnostic-Code: smtp; 451 4.4.7 delivery time expired after 5d; last reply: 451 4.4.1 connection refused");
        });
        assertThat(queue.counters()).containsEntry("expired.internet", 1L).containsEntry("deferred.internet", 1L);
    }

    @Test
    void oneDelayNoticePastTheWarningAge() {
        internet.answers.put("internet:dead.example", r -> Outcome.deferred(451, "4.4.1", "connection refused"));
        QueueEntry e = enqueue(Mails.envelope(SENDER, T0, "x@dead.example"));
        await().until(() -> recipient(e, 0).attempts() == 1);
        assertThat(notices()).isEmpty();

        clock.advance(Duration.ofHours(4));
        queue.wake();
        await().until(() -> recipient(e, 0).attempts() == 2);
        clock.advance(Duration.ofHours(1));
        queue.wake();
        await().until(() -> recipient(e, 0).attempts() == 3);

        assertThat(recipient(e, 0).delayNotified()).isTrue();
        await().until(() -> spool.size() == 1); // the notice went out; the message is still pending
        assertThat(spool.owingNotices()).isEmpty();
        assertThat(notices()).singleElement().satisfies(n -> assertThat(stores.text(n.blob()))
                .contains("Action: delayed", "Will-Retry-Until:", "Subject: Delayed Mail"));
    }

    @Test
    void unknownLocalAddressBouncesWithUserUnknown() {
        QueueEntry e = enqueue(Mails.envelope(SENDER, T0, "nobody@example.com"));
        await().until(() -> finished(e) && notices().size() == 1);
        assertThat(stores.text(notices().getFirst().blob())).contains("Status: 5.1.1", "Final-Recipient: rfc822; nobody@example.com",
                "Diagnostic-Code: smtp; 550 5.1.1");
    }

    @Test
    void noNoticeForTheNullSenderNorForNotifyNever() {
        internet.answers.put("internet:example.org", r -> Outcome.failed(550, "5.1.1", "no such user"));
        QueueEntry bounce = enqueue(Mails.envelope(null, T0, "x@example.org"));
        Envelope never = new Envelope(MailAddress.parse(SENDER), List.of(new Recipient(MailAddress.parse("y@example.org"), null,
                Set.of(Notify.NEVER))), null, null, dev.junction.mail.BodyType.SEVEN_BIT, false, "c", "192.0.2.1", null, T0);
        QueueEntry quiet = enqueue(never);

        // Both fail and leave the spool owing nothing; only the two messages themselves went out.
        await().until(() -> finished(bounce) && finished(quiet));
        assertThat(queue.counters()).containsEntry("bounced.internet", 2L);
        assertThat(internet.requests).hasSize(2);
    }

    @Test
    void successNoticeWhenAskedForLocalDelivery() {
        Envelope env = new Envelope(MailAddress.parse(SENDER), List.of(new Recipient(alice.address(), "rfc822;alice@example.com",
                Set.of(Notify.SUCCESS))), "abc", null, dev.junction.mail.BodyType.SEVEN_BIT, false, "c", "192.0.2.1", null, T0);
        enqueue(env);
        await().until(() -> notices().size() == 1);
        assertThat(stores.text(notices().getFirst().blob()))
                .contains("Action: delivered", "Original-Envelope-Id: abc", "Original-Recipient: rfc822; alice@example.com");
    }

    @Test
    void failuresAtSeveralDestinationsInOnePassMakeOneBounce() {
        internet.answers.put("internet:one.example", r -> Outcome.failed(550, "5.1.1", "no such user").from("mx.one.example"));
        internet.answers.put("internet:two.example", r -> Outcome.failed(554, "5.7.1", "rejected").from("mx.two.example"));
        QueueEntry e = enqueue(Mails.envelope(SENDER, T0, "a@one.example", "b@two.example", "nobody@example.com", "alice@example.com"));

        await().until(() -> finished(e) && notices().size() == 1);
        assertThat(stores.text(notices().getFirst().blob())).contains("Final-Recipient: rfc822; a@one.example",
                "Final-Recipient: rfc822; b@two.example", "Final-Recipient: rfc822; nobody@example.com",
                "Remote-MTA: dns; mx.two.example", "Diagnostic-Code: smtp; 554 5.7.1 rejected")
                .doesNotContain("Final-Recipient: rfc822; alice@example.com");
        assertThat(spool.owingNotices()).isEmpty();
        assertThat(queue.counters()).containsEntry("bounced.internet", 2L).containsEntry("bounced.none", 1L)
                .containsEntry("delivered.local", 1L);
    }

    @Test
    void depthCountsPendingRecipientsPerDestinationFromOneQuery() {
        internet.gates.put("internet:slow.example", new CountDownLatch(1));
        internet.gates.put("internet:other.example", new CountDownLatch(1));
        enqueue(Mails.envelope(SENDER, T0, "a@slow.example", "b@slow.example", "c@other.example"));

        await().until(() -> internet.requests.size() == 2);
        assertThat(queue.depth()).containsExactlyInAnyOrderEntriesOf(Map.of("internet:slow.example", 2, "internet:other.example", 1));
    }
}
