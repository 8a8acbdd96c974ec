package dev.junction.queue;

import dev.junction.config.Config;
import dev.junction.delivery.LocalDelivery;
import dev.junction.delivery.Outcome;
import dev.junction.delivery.Transports;
import dev.junction.delivery.fakes.FakeDirectory;
import dev.junction.delivery.fakes.FakeMailStore;
import dev.junction.delivery.fakes.Mails;
import dev.junction.delivery.fakes.MemoryBlobStore;
import dev.junction.delivery.fakes.MemorySpool;
import dev.junction.delivery.fakes.MutableClock;
import dev.junction.directory.Account;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Notify;
import dev.junction.mail.Recipient;
import dev.junction.routing.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
    private final FakeDirectory directory = new FakeDirectory();
    private final FakeMailStore store = new FakeMailStore();
    private final MemoryBlobStore blobs = new MemoryBlobStore();
    private final MemorySpool spool = new MemorySpool();
    private final ScriptedTransport internet = new ScriptedTransport();
    private QueueManager queue;
    private Account alice;

    @BeforeEach
    void setUp() {
        directory.addDomain("example.com");
        alice = directory.addAccount(MailAddress.parse("alice@example.com"), "Alice", new char[0], 0);
        Config config = Config.of(Map.of());
        DsnSender notices = new DsnSender(blobs, spool, new Dsn("mx.example.com", new Random(1)), config.get(QueueSettings.DSN_RETURN_LIMIT));
        queue = new QueueManager(config, spool, new Router(directory), new Transports(new LocalDelivery(directory, store), internet),
                notices, clock);
        queue.start();
    }

    @AfterEach
    void tearDown() {
        internet.gates.values().forEach(CountDownLatch::countDown);
        queue.close();
    }

    private QueueEntry enqueue(Envelope env) {
        String content = Mails.message(env.sender() == null ? "" : env.sender().toString(), "hello", "body\r\n");
        QueueEntry e = spool.enqueue(env, Mails.asNew(env), blobs.put(content),
                Mails.headerSkip(env.sender() == null ? "" : env.sender().toString()));
        queue.wake();
        return e;
    }

    private QueuedRecipient recipient(QueueEntry e, int index) {
        return spool.recipient(e.recipients().get(index).id());
    }

    private List<QueueEntry> notices() {
        return spool.list().stream().filter(e -> e.envelope().sender() == null).toList();
    }

    @Test
    void deliversLocallyAndToTheInternet() {
        QueueEntry e = enqueue(Mails.envelope(SENDER, T0, "alice@example.com", "bob@example.org"));

        await().until(() -> spool.get(e.queueId()).orElseThrow().pending().isEmpty());

        assertThat(recipient(e, 0).state()).isEqualTo(RecipientState.DELIVERED);
        assertThat(recipient(e, 1).state()).isEqualTo(RecipientState.DELIVERED);
        assertThat(store.inbox(alice.id())).hasSize(1);
        assertThat(internet.requests).singleElement().satisfies(r -> assertThat(r.destination()).isEqualTo("internet:example.org"));
        assertThat(notices()).isEmpty();
    }

    @Test
    void aStuckDestinationDelaysOnlyItsOwnMailAndIsRetriedWithBackoff() {
        internet.gates.put("internet:slow.example", new CountDownLatch(1));
        internet.answers.put("internet:slow.example", r -> Outcome.deferred(421, "4.4.2", "try later").from("mx.slow.example"));
        QueueEntry slow = enqueue(Mails.envelope(SENDER, T0, "a@slow.example"));
        QueueEntry fast = enqueue(Mails.envelope(SENDER, T0, "b@fast.example"));

        await().until(() -> recipient(fast, 0).state() == RecipientState.DELIVERED);
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

        await().until(() -> recipient(e, 0).state() == RecipientState.FAILED);
        assertThat(notices()).singleElement().satisfies(n -> {
            assertThat(n.recipients()).singleElement().satisfies(r -> assertThat(r.address().toString()).isEqualTo(SENDER));
            String text = blobs.text(n.blob().id());
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
        assertThat(notices()).singleElement().satisfies(n -> assertThat(blobs.text(n.blob().id()))
                .contains("Action: delayed", "Will-Retry-Until:", "Subject: Delayed Mail"));
    }

    @Test
    void unknownLocalAddressBouncesWithUserUnknown() {
        QueueEntry e = enqueue(Mails.envelope(SENDER, T0, "nobody@example.com"));
        await().until(() -> recipient(e, 0).state() == RecipientState.FAILED);
        assertThat(recipient(e, 0).lastReply()).startsWith("550 5.1.1");
        await().until(() -> notices().size() == 1);
        assertThat(blobs.text(notices().getFirst().blob().id())).contains("Status: 5.1.1", "Final-Recipient: rfc822; nobody@example.com");
    }

    @Test
    void noNoticeForTheNullSenderNorForNotifyNever() {
        internet.answers.put("internet:example.org", r -> Outcome.failed(550, "5.1.1", "no such user"));
        QueueEntry bounce = enqueue(Mails.envelope(null, T0, "x@example.org"));
        Envelope never = new Envelope(MailAddress.parse(SENDER), List.of(new Recipient(MailAddress.parse("y@example.org"), null,
                Set.of(Notify.NEVER))), null, null, dev.junction.mail.BodyType.SEVEN_BIT, false, "c", "192.0.2.1", null, T0);
        QueueEntry quiet = enqueue(never);

        await().until(() -> recipient(bounce, 0).state() == RecipientState.FAILED && recipient(quiet, 0).state() == RecipientState.FAILED);
        assertThat(spool.list()).hasSize(2);
    }

    @Test
    void successNoticeWhenAskedForLocalDelivery() {
        Envelope env = new Envelope(MailAddress.parse(SENDER), List.of(new Recipient(alice.address(), "rfc822;alice@example.com",
                Set.of(Notify.SUCCESS))), "abc", null, dev.junction.mail.BodyType.SEVEN_BIT, false, "c", "192.0.2.1", null, T0);
        enqueue(env);
        await().until(() -> notices().size() == 1);
        assertThat(blobs.text(notices().getFirst().blob().id()))
                .contains("Action: delivered", "Original-Envelope-Id: abc", "Original-Recipient: rfc822; alice@example.com");
    }

    @Test
    void failuresAtSeveralDestinationsInOnePassMakeOneBounce() {
        internet.answers.put("internet:one.example", r -> Outcome.failed(550, "5.1.1", "no such user").from("mx.one.example"));
        internet.answers.put("internet:two.example", r -> Outcome.failed(554, "5.7.1", "rejected").from("mx.two.example"));
        QueueEntry e = enqueue(Mails.envelope(SENDER, T0, "a@one.example", "b@two.example", "nobody@example.com", "alice@example.com"));

        await().until(() -> spool.get(e.queueId()).orElseThrow().pending().isEmpty() && notices().size() == 1);
        assertThat(blobs.text(notices().getFirst().blob().id())).contains("Final-Recipient: rfc822; a@one.example",
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
