package dev.junction.queue;

import dev.junction.config.Config;
import dev.junction.delivery.DeliveryRequest;
import dev.junction.delivery.Outcome;
import dev.junction.mail.Envelope;
import dev.junction.routing.Router;
import dev.junction.testing.CrashingSpool;
import dev.junction.testing.Mails;
import dev.junction.testing.MutableClock;
import dev.junction.testing.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A crash at any write between a recipient's failure and its bounce loses no bounce and sends
 * none twice: the real SQLite spool, a queue manager that dies after n writes, and a restart.
 */
class NoticeCrashTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Config CONFIG = Config.of(Map.of());

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(T0);
    private final ScriptedTransport transport = new ScriptedTransport();

    /** Writes: the two failures (0, 1), the bounce (2), the bounce's own delivery (3). */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void aCrashAtAnyWriteLosesNoBounceAndSendsNoneTwice(int writesBeforeCrash) {
        transport.answers.put("internet:one.example", r -> Outcome.failed(550, "5.1.1", "no such user"));
        transport.answers.put("internet:two.example", r -> Outcome.failed(550, "5.1.1", "no such user"));
        String queueId;
        try (TestStores stores = TestStores.open(dir, clock)) {
            Spool real = stores.spool();
            Envelope env = Mails.envelope("sender@example.net", T0, "a@one.example", "b@two.example");
            queueId = real.enqueue(env, Mails.asNew(env), stores.put(Mails.message("sender@example.net", "hi", "body\r\n")),
                    Mails.headerSkip("sender@example.net")).queueId();
            CrashingSpool crashing = new CrashingSpool(real, writesBeforeCrash);
            try (QueueManager doomed = manager(stores, crashing.spool)) {
                doomed.start();
                await().until(crashing::crashed);
            }
        }
        try (TestStores stores = TestStores.open(dir, clock); QueueManager restarted = manager(stores, stores.spool())) {
            Spool spool = stores.spool();
            restarted.start();
            // Finished entries leave the spool, the bounce included once it is relayed.
            await().until(() -> spool.size() == 0);
            restarted.close();
            List<DeliveryRequest> bounces = transport.requests.stream()
                    .filter(r -> r.envelope().sender() == null).toList();
            assertThat(bounces).extracting(DeliveryRequest::queueId).as("one bounce, whatever the crash").containsOnly(
                    bounces.getFirst().queueId());
            assertThat(stores.text(bounces.getFirst().blob()))
                    .contains("Final-Recipient: rfc822; a@one.example", "Final-Recipient: rfc822; b@two.example");
            assertThat(spool.get(queueId)).isEmpty();
        }
    }

    private QueueManager manager(TestStores stores, Spool spool) {
        DsnSender notices = new DsnSender(stores.blobs(), spool, new Dsn("mx.example.com", new Random(1)), 1 << 20);
        return new QueueManager(CONFIG, spool, new Router(stores.directory()), transport, notices, clock);
    }

}
