package dev.junction.queue;

import dev.junction.mail.BodyType;
import dev.junction.mail.DsnRet;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Notify;
import dev.junction.mail.Recipient;
import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link Spool} backend must do. A run class per backend supplies {@link #spool()},
 * whose clock stands still at {@link #NOW}.
 */
public interface SpoolContract {

    Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    BlobRef BLOB = new BlobRef(new BlobId("ab".repeat(32)), 1234);

    Spool spool();

    static MailAddress a(String s) {
        return MailAddress.parse(s);
    }

    static Envelope envelope(Recipient... rcpts) {
        return new Envelope(a("sender@example.com"), List.of(rcpts), "env-1", DsnRet.HDRS, BodyType.EIGHT_BITMIME, true,
                "client.example.net", "192.0.2.7", "sender@example.com", NOW.minusSeconds(1));
    }

    private QueueEntry enqueueOne(String rcpt) {
        Recipient r = Recipient.of(a(rcpt));
        return spool().enqueue(envelope(r), List.of(new NewRecipient(r.address(), r)), BLOB, 0);
    }

    @Test
    default void anEntryKeepsItsWholeEnvelope() {
        Recipient group = new Recipient(a("team@example.com"), "rfc822;team@example.com", Set.of(Notify.SUCCESS, Notify.FAILURE));
        Recipient plain = Recipient.of(a("Ext@Other.net"));
        Envelope env = envelope(group, plain);
        QueueEntry e = spool().enqueue(env, List.of(new NewRecipient(a("alice@example.com"), group),
                new NewRecipient(a("bob@example.com"), group), new NewRecipient(a("Ext@other.net"), plain)), BLOB, 42);
        assertThat(e.queueId()).matches("[0-9A-Z]{12}");
        assertThat(e.envelope()).isEqualTo(env);
        assertThat(e.blob()).isEqualTo(BLOB);
        assertThat(e.headerSkip()).isEqualTo(42);
        assertThat(e.held()).isFalse();
        assertThat(e.recipients()).extracting(QueuedRecipient::address)
                .containsExactly(a("alice@example.com"), a("bob@example.com"), a("Ext@other.net"));
        assertThat(e.recipients()).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(RecipientState.PENDING);
            assertThat(r.attempts()).isZero();
            assertThat(r.nextAttempt()).isEqualTo(NOW);
            assertThat(r.lastReply()).isNull();
            assertThat(r.delayNotified()).isFalse();
        });
        assertThat(e.recipients().get(1).original()).isEqualTo(group);
        assertThat(e.recipients()).extracting(QueuedRecipient::id).doesNotHaveDuplicates();
        assertThat(spool().get(e.queueId())).contains(e);
    }

    @Test
    default void theNullSenderAndMissingDsnParametersRoundTrip() {
        Recipient r = Recipient.of(a("alice@example.com"));
        Envelope bounce = new Envelope(null, List.of(r), null, null, BodyType.SEVEN_BIT, false, null, null, null, NOW);
        QueueEntry e = spool().enqueue(bounce, List.of(new NewRecipient(r.address(), r)), BLOB, 0);
        assertThat(spool().get(e.queueId()).orElseThrow().envelope()).isEqualTo(bounce);
    }

    @Test
    default void queueIdsAreUniqueAndAscending() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) ids.add(enqueueOne("r" + i + "@example.com").queueId());
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat(spool().list()).extracting(QueueEntry::queueId).containsExactlyElementsOf(ids);
        assertThat(spool().size()).isEqualTo(20);
    }

    @Test
    default void dueEntriesAreOldestFirstAndLimited() {
        QueueEntry first = enqueueOne("a@example.com");
        QueueEntry second = enqueueOne("b@example.com");
        enqueueOne("c@example.com");
        assertThat(spool().due(NOW.minusMillis(1), 10)).isEmpty();
        assertThat(spool().due(NOW, 2)).extracting(QueueEntry::queueId).containsExactly(first.queueId(), second.queueId());
        assertThat(spool().nextDue()).contains(NOW);
    }

    @Test
    default void deferredRecipientsWaitForTheirNextAttempt() {
        QueueEntry e = enqueueOne("a@example.com");
        long rid = e.recipients().getFirst().id();
        Instant later = NOW.plus(Duration.ofMinutes(5));
        spool().recordDeferred(rid, "451 4.3.0 try later", later);
        assertThat(spool().due(NOW, 10)).isEmpty();
        assertThat(spool().nextDue()).contains(later);
        QueuedRecipient r = spool().due(later, 10).getFirst().recipients().getFirst();
        assertThat(r.attempts()).isEqualTo(1);
        assertThat(r.lastReply()).isEqualTo("451 4.3.0 try later");
        assertThat(r.state()).isEqualTo(RecipientState.PENDING);
        assertThat(spool().flush(e.queueId())).isEqualTo(1);
        assertThat(spool().due(NOW, 10)).hasSize(1);
    }

    @Test
    default void finishedRecipientsAreNoLongerDue() {
        Recipient r1 = Recipient.of(a("a@example.com"));
        Recipient r2 = Recipient.of(a("b@example.com"));
        QueueEntry e = spool().enqueue(envelope(r1, r2), List.of(new NewRecipient(r1.address(), r1),
                new NewRecipient(r2.address(), r2)), BLOB, 0);
        spool().recordDelivered(e.recipients().get(0).id(), "250 2.0.0 ok");
        spool().record(e.recipients().get(1).id(), new Attempt(RecipientState.PENDING, "451 4.4.1 later", null,
                NOW.plusSeconds(60), Dsn.Action.DELAYED));
        QueueEntry now = spool().get(e.queueId()).orElseThrow();
        assertThat(now.pending()).extracting(QueuedRecipient::address).containsExactly(a("b@example.com"));
        assertThat(now.recipients().get(0).state()).isEqualTo(RecipientState.DELIVERED);
        assertThat(now.recipients().get(1).delayNotified()).isTrue();
        spool().recordFailed(e.recipients().get(1).id(), "550 5.1.1 no such user");
        QueueEntry done = spool().get(e.queueId()).orElseThrow();
        assertThat(done.pending()).isEmpty();
        assertThat(done.recipients().get(1).lastReply()).isEqualTo("550 5.1.1 no such user");
        assertThat(spool().due(NOW, 10)).isEmpty();
        assertThat(spool().nextDue()).isEmpty();
    }

    @Test
    default void heldEntriesAreNotDueUntilReleased() {
        QueueEntry e = enqueueOne("a@example.com");
        assertThat(spool().hold(e.queueId())).isTrue();
        assertThat(spool().get(e.queueId()).orElseThrow().held()).isTrue();
        assertThat(spool().due(NOW, 10)).isEmpty();
        assertThat(spool().nextDue()).isEmpty();
        assertThat(spool().release(e.queueId())).isTrue();
        assertThat(spool().due(NOW, 10)).hasSize(1);
        assertThat(spool().hold("NOSUCHID0000")).isFalse();
        assertThat(spool().release("NOSUCHID0000")).isFalse();
    }

    @Test
    default void flushWithoutIdMakesEveryPendingRecipientDue() {
        QueueEntry a = enqueueOne("a@example.com");
        QueueEntry b = enqueueOne("b@example.com");
        spool().recordDeferred(a.recipients().getFirst().id(), "451", NOW.plusSeconds(600));
        spool().recordDeferred(b.recipients().getFirst().id(), "451", NOW.plusSeconds(900));
        assertThat(spool().flush(null)).isEqualTo(2);
        assertThat(spool().due(NOW, 10)).hasSize(2);
        assertThat(spool().flush("NOSUCHID0000")).isZero();
    }

    @Test
    default void deleteRemovesTheEntry() {
        QueueEntry e = enqueueOne("a@example.com");
        assertThat(spool().delete(e.queueId())).isTrue();
        assertThat(spool().get(e.queueId())).isEmpty();
        assertThat(spool().delete(e.queueId())).isFalse();
        assertThat(spool().size()).isZero();
        assertThat(spool().list()).isEmpty();
    }

    @Test
    default void aRecipientsStateAndTheNoticeItOwesAreOneWrite() {
        QueueEntry e = enqueueOne("a@example.org");
        long rid = e.recipients().getFirst().id();
        spool().record(rid, new Attempt(RecipientState.FAILED, "550 5.1.1 no such user", "mx.example.org", null, Dsn.Action.FAILED));
        QueuedRecipient r = spool().get(e.queueId()).orElseThrow().recipients().getFirst();
        assertThat(r.state()).isEqualTo(RecipientState.FAILED);
        assertThat(r.attempts()).isEqualTo(1);
        assertThat(r.remoteMta()).isEqualTo("mx.example.org");
        assertThat(r.notice()).isEqualTo(Dsn.Action.FAILED);
        assertThat(spool().owingNotices()).containsExactly(e.queueId());

        Recipient to = new Recipient(a("sender@example.com"), null, Set.of(Notify.NEVER));
        Envelope bounce = new Envelope(null, List.of(to), null, null, BodyType.EIGHT_BITMIME, false, "localhost", "127.0.0.1", null, NOW);
        QueueEntry notice = spool().enqueueNotice(bounce, new NewRecipient(to.address(), to), BLOB, 17, List.of(rid));
        assertThat(notice.envelope()).isEqualTo(bounce);
        assertThat(notice.headerSkip()).isEqualTo(17);
        assertThat(notice.pending()).extracting(QueuedRecipient::address).containsExactly(a("sender@example.com"));
        assertThat(spool().get(notice.queueId())).contains(notice);
        assertThat(spool().owingNotices()).isEmpty();
        assertThat(spool().get(e.queueId())).as("finished once its notice is queued").isEmpty();
    }

    @Test
    default void anEntryIsRemovedWithItsLastRecipient() {
        Recipient r1 = Recipient.of(a("a@example.com"));
        Recipient r2 = Recipient.of(a("b@example.com"));
        QueueEntry e = spool().enqueue(envelope(r1, r2), List.of(new NewRecipient(r1.address(), r1),
                new NewRecipient(r2.address(), r2)), BLOB, 0);
        spool().recordDelivered(e.recipients().get(0).id(), "250 2.0.0 ok");
        assertThat(spool().get(e.queueId())).isPresent();
        spool().recordFailed(e.recipients().get(1).id(), "550 5.1.1 no such user");
        assertThat(spool().get(e.queueId())).isEmpty();
        assertThat(spool().size()).isZero();
    }

    @Test
    default void aDelayNoticeMarksTheRecipientAndStaysOwedThroughLaterDeferrals() {
        QueueEntry e = enqueueOne("a@example.org");
        long rid = e.recipients().getFirst().id();
        spool().record(rid, new Attempt(RecipientState.PENDING, "451 4.4.1 later", null, NOW.plusSeconds(60), Dsn.Action.DELAYED));
        spool().record(rid, new Attempt(RecipientState.PENDING, "421 4.4.2 busy", "mx.example.org", NOW.plusSeconds(120), null));
        QueuedRecipient r = spool().get(e.queueId()).orElseThrow().recipients().getFirst();
        assertThat(r.delayNotified()).isTrue();
        assertThat(r.notice()).isEqualTo(Dsn.Action.DELAYED);
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(r.lastReply()).isEqualTo("421 4.4.2 busy");
        assertThat(r.nextAttempt()).isEqualTo(NOW.plusSeconds(120));
        spool().recordDelivered(rid, "250 2.0.0 ok");
        spool().recordDeferred(rid, "451 too late", NOW.plusSeconds(600));
        assertThat(spool().get(e.queueId()).orElseThrow().recipients().getFirst().state()).isEqualTo(RecipientState.DELIVERED);
    }

    @Test
    default void pendingRecipientsAreCountedPerDomain() {
        Recipient r1 = Recipient.of(a("a@Example.org"));
        Recipient r2 = Recipient.of(a("b@example.org"));
        Recipient r3 = Recipient.of(a("c@other.net"));
        QueueEntry e = spool().enqueue(envelope(r1, r2, r3), List.of(new NewRecipient(r1.address(), r1),
                new NewRecipient(r2.address(), r2), new NewRecipient(r3.address(), r3)), BLOB, 0);
        enqueueOne("d@other.net");
        assertThat(spool().pendingByDomain()).containsExactlyInAnyOrderEntriesOf(Map.of("example.org", 2, "other.net", 2));
        spool().recordDelivered(e.recipients().get(0).id(), "250 2.0.0 ok");
        spool().recordFailed(e.recipients().get(2).id(), "550 5.1.1 no");
        assertThat(spool().pendingByDomain()).containsExactlyInAnyOrderEntriesOf(Map.of("example.org", 1, "other.net", 1));
    }
}
