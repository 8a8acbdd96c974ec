package dev.junction.queue;

import dev.junction.config.Config;
import dev.junction.delivery.LocalDelivery;
import dev.junction.delivery.Transports;
import dev.junction.routing.Router;
import dev.junction.testing.Mails;
import dev.junction.testing.MutableClock;
import dev.junction.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
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

    @TempDir
    Path dir;
    private final AtomicInteger scans = new AtomicInteger();
    private final ScriptedTransport internet = new ScriptedTransport();
    private TestStores stores;
    private QueueManager queue;

    @AfterEach
    void tearDown() {
        queue.close();
        stores.close();
    }

    @Test
    void aRecipientFinishedSinceTheScanIsNotDeliveredAgain() {
        MutableClock clock = new MutableClock(T0);
        stores = TestStores.open(dir, clock);
        Spool real = stores.spool();
        Spool spool = staleOnSecondScan(real);
        Config config = Config.of(Map.of());
        queue = new QueueManager(config, spool, new Router(stores.directory()),
                new Transports(new LocalDelivery(stores.directory(), stores.mailStore()), internet),
                new DsnSender(stores.blobs(), spool, new Dsn("mx.example.com", new Random(1)), config.get(QueueSettings.DSN_RETURN_LIMIT)),
                clock);
        var env = Mails.envelope("sender@example.net", T0, "bob@example.org");
        QueueEntry e = real.enqueue(env, Mails.asNew(env), stores.put(Mails.message("sender@example.net", "hi", "body\r\n")),
                Mails.headerSkip("sender@example.net"));
        queue.start();

        await().until(() -> scans.get() >= 3 && real.get(e.queueId()).isEmpty());

        assertThat(internet.requests).hasSize(1);
        assertThat(queue.counters()).containsEntry("delivered.internet", 1L);
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
                    await().until(() -> real.size() == 0 && !internet.requests.isEmpty());
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
