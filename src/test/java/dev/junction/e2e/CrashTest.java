package dev.junction.e2e;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durability of a whole node, run as its own JVM and killed with SIGKILL: every message
 * answered with 250 ends up in each of its recipients' INBOX exactly once, however often the
 * node dies while receiving and delivering, and a restart never delivers anything twice.
 */
class CrashTest {

    private static final String DOMAIN = "crash.test";
    private static final String GROUP = "everyone@" + DOMAIN;
    private static final Pattern DELIVERED = Pattern.compile(" (\\w+): delivered to=<([^>]+)>");
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private NodeProcess node;
    private List<String> accounts;

    @BeforeEach
    void createAccounts() throws IOException {
        node = new NodeProcess(dir);
        try (NodeStorage storage = new NodeStorage(node.dataDir())) {
            accounts = storage.createAccounts(DOMAIN, 8);
        }
    }

    @AfterEach
    void killLeftover() throws InterruptedException {
        node.close();
    }

    @Test
    void acknowledgedMessagesSurviveRepeatedKillsExactlyOnce() throws Exception {
        int clients = 6;
        int messagesEach = 70;
        int[] killAt = {50, 130, 210, 290};
        Ledger ledger = new Ledger();
        Senders.Availability availability = new Senders.Availability();
        Senders senders = new Senders(node, availability, ledger, accounts, GROUP);

        node.start();
        availability.up();
        senders.start(clients, messagesEach);
        List<String> kills = new ArrayList<>();
        for (int threshold : killAt) {
            Awaitility.await("acknowledged " + threshold).atMost(DRAIN_LIMIT).until(() -> ledger.acknowledged() >= threshold);
            availability.down();
            node.kill();
            kills.add("kill at " + ledger.acknowledged() + " acknowledged, " + ledger.acknowledgedDeliveries()
                    + " deliveries owed, " + logEvents("delivered") + " delivered");
            node.start();
            availability.up();
        }
        senders.finish(DRAIN_LIMIT.toSeconds());
        awaitDelivered();
        node.stop();
        // a restart clears the partial blobs of cut-off messages; the log file survives its stale lock
        try (var partial = Files.list(node.dataDir().resolve("blobs").resolve("tmp"))) {
            assertThat(partial).isEmpty();
        }
        assertThat(dir.resolve("junction.log.1")).doesNotExist();

        Map<String, List<String>> inboxes;
        try (NodeStorage storage = new NodeStorage(node.dataDir())) {
            inboxes = storage.inboxMessageIds(DOMAIN);
        }
        System.out.printf("crash test: %d messages sent (%d acknowledged, %d refused, %d cut off), %d kills, "
                        + "%d deliveries owed, %d stored%n  %s%n", clients * messagesEach, ledger.acknowledged(),
                ledger.count(SmtpSender.Result.REFUSED), ledger.count(SmtpSender.Result.CUT_OFF), killAt.length,
                ledger.acknowledgedDeliveries(), Ledger.total(inboxes.values()), String.join("\n  ", kills));
        assertThat(ledger.problems(inboxes)).isEmpty();
        assertThat(deliveredTwiceInOneRun()).isEmpty();
        assertThat(ledger.acknowledged()).isGreaterThanOrEqualTo(killAt[killAt.length - 1]);
        assertThat(node.starts()).isEqualTo(killAt.length + 1);
    }

    @Test
    void messageAcknowledgedRightBeforeAKillIsDeliveredAfterRestart() throws Exception {
        Ledger ledger = new Ledger();
        node.start();
        String lastQueueId;
        try (SmtpSender smtp = new SmtpSender(node.smtpPort())) {
            for (int i = 0; i < 20; i++) {
                String id = "spool-" + i + "@crash.test";
                ledger.record(id, Set.copyOf(accounts), smtp.send("sender@outside.test", List.of(GROUP), id, "Hello.\r\n"));
            }
            node.kill(); // at once after the last 250, while its delivery is still queued behind the others
            lastQueueId = queueId(smtp.lastReply());
        }
        boolean deliveredBeforeKill = logEvents("delivered", lastQueueId) > 0;
        node.start();
        awaitDelivered();
        node.stop();

        assertThat(ledger.acknowledged()).isEqualTo(20);
        try (NodeStorage storage = new NodeStorage(node.dataDir())) {
            Map<String, List<String>> inboxes = storage.inboxMessageIds(DOMAIN);
            assertThat(ledger.problems(inboxes)).isEmpty();
            assertThat(Ledger.total(inboxes.values())).isEqualTo(20 * accounts.size());
        }
        assertThat(deliveredTwiceInOneRun()).isEmpty();
        System.out.printf("spool test: last message %s %s delivered before the kill%n", lastQueueId,
                deliveredBeforeKill ? "was already" : "was not yet");
    }

    @Test
    void restartDoesNotDeliverAnEntryAgain() throws Exception {
        Ledger ledger = new Ledger();
        node.start();
        send(ledger, "before-1@crash.test", "before-2@crash.test");
        awaitDelivered();
        node.kill();

        node.start();
        // one more message through the restarted queue proves it has scanned the old entries
        String after = send(ledger, "after@crash.test");
        awaitDelivered();
        node.stop();

        // the store would absorb a repeat through its delivery key; the log shows whether one was tried
        List<String> secondRun = node.logByRun().get(1).stream().filter(l -> DELIVERED.matcher(l).find()).toList();
        assertThat(secondRun).hasSize(accounts.size()).allMatch(l -> l.contains(" " + after + ": "));
        try (NodeStorage storage = new NodeStorage(node.dataDir())) {
            Map<String, List<String>> inboxes = storage.inboxMessageIds(DOMAIN);
            assertThat(ledger.problems(inboxes)).isEmpty();
            assertThat(Ledger.total(inboxes.values())).isEqualTo(3 * accounts.size());
        }
        assertThat(deliveredTwiceInOneRun()).isEmpty();
    }

    /** Sends each message to the group on one connection; returns the queue id of the last. */
    private String send(Ledger ledger, String... messageIds) throws IOException {
        int before = ledger.acknowledged();
        try (SmtpSender smtp = new SmtpSender(node.smtpPort())) {
            for (String id : messageIds) {
                ledger.record(id, Set.copyOf(accounts), smtp.send("sender@outside.test", List.of(GROUP), id, "Hello.\r\n"));
            }
            assertThat(ledger.acknowledged() - before).as("acknowledged").isEqualTo(messageIds.length);
            return queueId(smtp.lastReply());
        }
    }

    private static String queueId(String reply) {
        return reply.replaceAll("^.* queued as ", "");
    }

    /** Waits until no recipient in the spool is still pending (every one delivered or failed). */
    private void awaitDelivered() {
        QueueProbe probe = new QueueProbe(node);
        Awaitility.await("queue drained").atMost(DRAIN_LIMIT).pollInterval(Duration.ofMillis(200))
                .until(() -> probe.pendingRecipients() == 0);
    }

    /**
     * Recipients one run of the node delivered twice. A run may redo a delivery that the run
     * before it had stored but not recorded when it was killed (the delivery key makes that
     * harmless locally); within one run, a second attempt would mean a second copy for a
     * remote server, which has no delivery key.
     */
    private List<String> deliveredTwiceInOneRun() throws IOException {
        List<String> twice = new ArrayList<>();
        List<List<String>> runs = node.logByRun();
        for (int run = 0; run < runs.size(); run++) {
            Map<String, Integer> count = new HashMap<>();
            for (String line : runs.get(run)) {
                Matcher m = DELIVERED.matcher(line);
                if (m.find()) count.merge(m.group(1) + " to " + m.group(2), 1, Integer::sum);
            }
            int r = run + 1;
            count.forEach((k, n) -> {
                if (n > 1) twice.add("run " + r + ": " + k + " delivered " + n + " times");
            });
        }
        return twice;
    }

    /** Maillog lines of one event (for one queue id, if given) in the node's log so far. */
    private long logEvents(String event, String... queueId) throws IOException {
        if (!Files.exists(node.logFile())) return 0;
        try (var lines = Files.lines(node.logFile())) {
            return lines.filter(l -> l.contains(" " + event + " ") && (queueId.length == 0 || l.contains(queueId[0]))).count();
        }
    }
}
