package dev.junction.queue;

import dev.junction.config.Config;
import dev.junction.delivery.LocalDelivery;
import dev.junction.delivery.Transports;
import dev.junction.delivery.fakes.FakeDirectory;
import dev.junction.delivery.fakes.FakeMailStore;
import dev.junction.delivery.fakes.Mails;
import dev.junction.delivery.fakes.MemoryBlobStore;
import dev.junction.delivery.fakes.MemorySpool;
import dev.junction.delivery.fakes.MutableClock;
import dev.junction.routing.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A scan reads the spool before a worker records its results and looks at the in-flight
 * claims after the worker released them: the recipient looks pending and unclaimed, yet it is
 * delivered. The crash test caught this under load; here the second scan is simply handed the
 * first scan's snapshot.
 */
class StaleScanTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private final MemorySpool memory = new MemorySpool();
    private final AtomicInteger scans = new AtomicInteger();
    private final ScriptedTransport internet = new ScriptedTransport();
    private QueueManager queue;

    @AfterEach
    void tearDown() {
        queue.close();
    }

    @Test
    void aRecipientFinishedSinceTheScanIsNotDeliveredAgain() {
        Spool spool = staleOnSecondScan(memory);
        MemoryBlobStore blobs = new MemoryBlobStore();
        FakeDirectory directory = new FakeDirectory();
        Config config = Config.of(Map.of());
        queue = new QueueManager(config, spool, new Router(directory),
                new Transports(new LocalDelivery(directory, new FakeMailStore()), internet),
                new DsnSender(blobs, spool, new Dsn("mx.example.com", new Random(1)), config.get(QueueSettings.DSN_RETURN_LIMIT)),
                new MutableClock(T0));
        var env = Mails.envelope("sender@example.net", T0, "bob@example.org");
        QueueEntry e = memory.enqueue(env, Mails.asNew(env), blobs.put(Mails.message("sender@example.net", "hi", "body\r\n")),
                Mails.headerSkip("sender@example.net"));
        queue.start();

        await().until(() -> scans.get() >= 3 && memory.get(e.queueId()).orElseThrow().pending().isEmpty());

        assertThat(internet.requests).hasSize(1);
        assertThat(memory.recipient(e.recipients().getFirst().id()).attempts()).isEqualTo(1);
    }

    /** The spool, except that the second due() answers with what the first one returned. */
    private Spool staleOnSecondScan(Spool real) {
        Object[] first = new Object[1];
        return (Spool) Proxy.newProxyInstance(Spool.class.getClassLoader(), new Class<?>[] {Spool.class}, (proxy, method, args) -> {
            try {
                if (!method.getName().equals("due")) return method.invoke(real, args);
                int scan = scans.incrementAndGet();
                if (scan == 2) {
                    // the worker's wake-up after releasing its claim brings this scan; its record is in
                    await().until(() -> memory.list().getFirst().pending().isEmpty() && !internet.requests.isEmpty());
                    return first[0];
                }
                Object due = method.invoke(real, args);
                if (scan == 1) first[0] = due;
                return due;
            } catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
        });
    }
}
