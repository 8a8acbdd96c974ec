package dev.junction.queue;

import dev.junction.config.Config;
import dev.junction.delivery.DeliveryRequest;
import dev.junction.delivery.Outcome;
import dev.junction.delivery.RoutedRecipient;
import dev.junction.delivery.Transport;
import dev.junction.routing.Router;
import dev.junction.routing.Routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;

/**
 * Moves queued mail: a scheduler thread takes due entries from the spool, routes each pending
 * recipient, and hands every (message, destination) pair to a virtual-thread worker. Workers
 * wait for a slot of their destination and an overall slot, so a destination that is slow or
 * down holds only its own mail. The scheduler sleeps until the spool's next due time or
 * {@link #wake()}.
 */
public final class QueueManager implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.queue");
    /** Rescan at least this often, whatever the spool says (a clock step, a missed wake-up). */
    private static final Duration MAX_SLEEP = Duration.ofMinutes(1);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final Spool spool;
    private final Router router;
    private final Transport transport;
    private final ResultRecorder recorder;
    private final DsnSender notices;
    private final QueueCounters counters = new QueueCounters();
    private final Duration maxAge;
    private final Clock clock;
    private final int batch;
    private final int perDestination;
    private final Semaphore overall;
    private final Map<String, Semaphore> destinations = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /** Per queue id: workers still delivering it, plus one while the scheduler dispatches it. */
    private final Map<String, Integer> active = new ConcurrentHashMap<>();
    /** Queue ids whose results of this pass made a recipient owe a notice. */
    private final Set<String> owing = ConcurrentHashMap.newKeySet();
    /** Owed notices are queued by one thread at a time, so two never queue the same one. */
    private final ReentrantLock noticeLock = new ReentrantLock();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private boolean woken;
    private volatile boolean running;
    private Thread scheduler;

    public QueueManager(Config config, Spool spool, Router router, Transport transport, DsnSender notices, Clock clock) {
        this.spool = spool;
        this.router = router;
        this.transport = transport;
        this.clock = clock;
        this.notices = notices;
        this.maxAge = config.get(QueueSettings.MAX_AGE);
        this.recorder = new ResultRecorder(spool,
                new Backoff(config.get(QueueSettings.RETRY_MIN), config.get(QueueSettings.RETRY_MAX), RandomGenerator.getDefault()),
                config.get(QueueSettings.DELAY_WARNING), maxAge, counters);
        this.batch = config.get(QueueSettings.SCAN_BATCH);
        this.perDestination = config.get(QueueSettings.DESTINATION_CONCURRENCY);
        this.overall = new Semaphore(config.get(QueueSettings.MAX_CONCURRENCY));
    }

    public void start() {
        running = true;
        scheduler = Thread.ofPlatform().name("junction-queue").daemon().start(this::run);
    }

    /** Look at the spool now (after an enqueue, a flush or a release). */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops scheduling and lets deliveries in progress finish (up to a grace period). */
    @Override
    public void close() {
        running = false;
        wake();
        if (scheduler != null) {
            try {
                scheduler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Pending recipients per destination (for metrics and the admin queue summary), from one
     * grouped spool query: destinations are found per domain, so a local address that is no
     * account any more counts under "local" until its next attempt bounces it.
     */
    public Map<String, Integer> depth() {
        Map<String, Integer> depth = new TreeMap<>();
        spool.pendingByDomain().forEach((domain, n) -> depth.merge(router.destination(domain), n, Integer::sum));
        return depth;
    }

    /**
     * Recipient results since start, keyed {@code event.routeKind}: events delivered, deferred,
     * bounced, expired; route kinds local, internet, and none (refused by the router).
     */
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    private void run() {
        while (running) {
            lock.lock();
            try {
                woken = false;
            } finally {
                lock.unlock();
            }
            Duration sleep = MAX_SLEEP;
            try {
                sleep = scan();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "queue scan failed", e);
            }
            lock.lock();
            try {
                if (!woken && running) wakeUp.await(sleep.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    /** Dispatches what is due, then queues notices left owed (by a crash); returns how long to sleep. */
    private Duration scan() {
        Instant now = clock.instant();
        for (QueueEntry entry : spool.due(now, batch)) dispatch(entry, now);
        // After dispatching, so that a notice waits for the deliveries of this pass and reports them too.
        for (String queueId : spool.owingNotices()) {
            if (!active.containsKey(queueId)) queueOwedNotices(queueId);
        }
        Optional<Instant> next = spool.nextDue();
        if (next.isEmpty() || !next.get().isAfter(now)) return MAX_SLEEP; // idle, or waiting for workers to finish
        Duration until = Duration.between(now, next.get());
        return until.compareTo(MAX_SLEEP) < 0 ? until : MAX_SLEEP;
    }

    private void dispatch(QueueEntry entry, Instant now) {
        Map<String, List<RoutedRecipient>> byDestination = new LinkedHashMap<>();
        List<ResultRecorder.Result> refused = new ArrayList<>();
        for (QueuedRecipient r : entry.pending()) {
            if (r.nextAttempt() != null && r.nextAttempt().isAfter(now)) continue;
            if (inFlight.contains(key(entry.queueId(), r.id()))) continue;
            switch (router.route(r.address())) {
                case Routing.To to -> byDestination.computeIfAbsent(to.route().destination(), d -> new ArrayList<>())
                        .add(new RoutedRecipient(r.id(), r.address(), r.original(), to.route()));
                case Routing.Refused no -> refused.add(new ResultRecorder.Result(r, Outcome.failed(no.code(), no.status(), no.text())));
            }
        }
        active.merge(entry.queueId(), byDestination.size() + 1, Integer::sum);
        try {
            if (!refused.isEmpty() && recorder.record(entry, "none", refused, now)) owing.add(entry.queueId());
            for (Map.Entry<String, List<RoutedRecipient>> d : byDestination.entrySet()) {
                d.getValue().forEach(r -> inFlight.add(key(entry.queueId(), r.id())));
                DeliveryRequest request = new DeliveryRequest(entry.queueId(), entry.envelope(), entry.blob(), entry.headerSkip(),
                        d.getKey(), d.getValue());
                workers.execute(() -> work(entry, request));
            }
        } finally {
            finished(entry.queueId());
        }
    }

    private void work(QueueEntry entry, DeliveryRequest request) {
        Semaphore destination = destinations.computeIfAbsent(request.destination(), d -> new Semaphore(perDestination));
        List<ResultRecorder.Result> results = new ArrayList<>();
        try {
            destination.acquire();
            try {
                overall.acquire();
                try {
                    Map<Long, Outcome> outcomes = deliver(request);
                    for (QueuedRecipient r : entry.pending()) {
                        Outcome o = outcomes.get(r.id());
                        if (o != null) results.add(new ResultRecorder.Result(r, o));
                    }
                } finally {
                    overall.release();
                }
            } finally {
                destination.release();
            }
            if (recorder.record(entry, request.destination(), results, clock.instant())) owing.add(entry.queueId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, entry.queueId() + ": recording delivery results failed", e);
        } finally {
            request.recipients().forEach(r -> inFlight.remove(key(entry.queueId(), r.id())));
            finished(entry.queueId());
            wake();
        }
    }

    /** The last one out of an entry (worker or dispatcher) queues what its recipients owe, in one notice per kind. */
    private void finished(String queueId) {
        if (active.compute(queueId, (k, n) -> n == null || n <= 1 ? null : n - 1) == null && owing.remove(queueId)) {
            queueOwedNotices(queueId);
        }
    }

    private void queueOwedNotices(String queueId) {
        noticeLock.lock();
        try {
            // Read under the lock: whoever came first has already cleared what it queued.
            Optional<QueueEntry> entry = spool.get(queueId);
            if (entry.isEmpty() || entry.get().recipients().stream().allMatch(r -> r.notice() == null)) return;
            Instant expiry = entry.get().envelope().receivedAt().plus(maxAge);
            if (!notices.sendOwed(entry.get(), clock.instant(), expiry).isEmpty()) wake();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, queueId + ": queueing notices failed; they stay owed", e);
        } finally {
            noticeLock.unlock();
        }
    }

    private Map<Long, Outcome> deliver(DeliveryRequest request) {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        try {
            outcomes.putAll(transport.deliver(request));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, request.queueId() + ": delivery to " + request.destination() + " failed", e);
        }
        Outcome unknown = Outcome.deferred(451, "4.3.0", "delivery failed, will retry");
        request.recipients().forEach(r -> outcomes.putIfAbsent(r.id(), unknown));
        return outcomes;
    }

    private static String key(String queueId, long recipientId) {
        return queueId + "/" + recipientId;
    }
}
