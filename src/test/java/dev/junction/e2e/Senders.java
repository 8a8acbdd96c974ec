package dev.junction.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Client threads that each send their share of messages, every one with a fresh Message-ID,
 * and reconnect after the node goes away. While the node is down (between a kill and the
 * restart) they wait on the {@link Availability} gate instead of hammering a closed port.
 */
final class Senders {

    private static final String SENDER = "sender@outside.test";
    /** Consecutive connection failures while the node is said to be up before a client gives up. */
    private static final int MAX_CONNECT_FAILURES = 50;

    private final NodeProcess node;
    private final Availability availability;
    private final Ledger ledger;
    private final List<String> accounts;
    private final String group;
    private final ExecutorService threads = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());
    private final List<Future<?>> running = new ArrayList<>();

    Senders(NodeProcess node, Availability availability, Ledger ledger, List<String> accounts, String group) {
        this.node = node;
        this.availability = availability;
        this.ledger = ledger;
        this.accounts = accounts;
        this.group = group;
    }

    void start(int clients, int messagesEach) {
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(threads.submit(() -> {
                sendAll(client, messagesEach);
                return null;
            }));
        }
    }

    /** Waits for every client to finish its share; rethrows the first client failure. */
    void finish(long seconds) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            for (Future<?> f : running) f.get(seconds, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    private void sendAll(int client, int count) throws IOException, InterruptedException {
        SmtpSender session = null;
        int failures = 0;
        int n = 0;
        while (n < count) {
            if (session == null) {
                availability.awaitUp();
                try {
                    session = new SmtpSender(node.smtpPort());
                    failures = 0;
                } catch (IOException e) {
                    if (++failures > MAX_CONNECT_FAILURES) throw e;
                    continue;
                }
            }
            String id = "c" + client + "-m" + n + "@crash.test";
            Recipients r = recipients(client * 7 + n++);
            try {
                ledger.record(id, r.accounts(), session.send(SENDER, r.rcpts(), id, body(id)));
            } catch (IOException e) {
                ledger.record(id, r.accounts(), SmtpSender.Result.CUT_OFF);
                session.close();
                session = null;
            }
        }
        if (session != null) session.close();
    }

    /** RCPTs of a message and the accounts they reach, in four shapes exercising expansion. */
    private Recipients recipients(int k) {
        return switch (k % 4) {
            case 0 -> new Recipients(List.of(accounts.get(k % accounts.size())), Set.of(accounts.get(k % accounts.size())));
            case 1 -> {
                List<String> three = List.of(accounts.get(k % accounts.size()), accounts.get((k + 1) % accounts.size()),
                        accounts.get((k + 3) % accounts.size()));
                yield new Recipients(three, Set.copyOf(three));
            }
            case 2 -> new Recipients(List.of(group), Set.copyOf(accounts));
            // a member named besides its group still gets one copy
            default -> new Recipients(List.of(accounts.get(k % accounts.size()), group), Set.copyOf(accounts));
        };
    }

    private record Recipients(List<String> rcpts, Set<String> accounts) {
    }

    private static String body(String id) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append("Line ").append(i).append(" of ").append(id).append(": the quick brown fox jumps over the lazy dog.\r\n");
        }
        return b.toString();
    }

    /** Open while the node runs; closed from just before a kill until the restart has finished. */
    static final class Availability {

        private boolean up;

        synchronized void up() {
            up = true;
            notifyAll();
        }

        synchronized void down() {
            up = false;
        }

        synchronized void awaitUp() throws InterruptedException {
            while (!up) wait();
        }
    }
}
