package dev.junction.e2e;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the clients sent (each Message-ID once, with the accounts it must reach) and what the
 * server answered, checked against the mailboxes at the end.
 */
final class Ledger {

    record Attempt(String messageId, Set<String> accounts, SmtpSender.Result result) {
    }

    private final Map<String, Attempt> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger acknowledgedDeliveries = new AtomicInteger();

    void record(String messageId, Set<String> accounts, SmtpSender.Result result) {
        if (attempts.putIfAbsent(messageId, new Attempt(messageId, Set.copyOf(accounts), result)) != null) {
            throw new IllegalStateException("Message-ID used twice: " + messageId);
        }
        if (result == SmtpSender.Result.ACKNOWLEDGED) {
            acknowledgedDeliveries.addAndGet(accounts.size());
            acknowledged.incrementAndGet();
        }
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** Mailbox deliveries owed for the acknowledged messages. */
    int acknowledgedDeliveries() {
        return acknowledgedDeliveries.get();
    }

    int count(SmtpSender.Result result) {
        return (int) attempts.values().stream().filter(a -> a.result() == result).count();
    }

    /**
     * Every violation of: an acknowledged message is in each of its accounts' INBOX exactly once;
     * no message is anywhere twice; a message nobody sent is nowhere; an unacknowledged message
     * reached all of its accounts or none (a queued message is never half lost).
     */
    List<String> problems(Map<String, List<String>> inboxes) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> holders = new HashMap<>();
        inboxes.forEach((account, ids) -> {
            Set<String> seen = new TreeSet<>();
            for (String id : ids) {
                if (!seen.add(id)) problems.add("duplicate: " + id + " twice in " + account);
                if (!attempts.containsKey(id)) problems.add("unknown message " + id + " in " + account);
                holders.computeIfAbsent(id, k -> new TreeSet<>()).add(account);
            }
        });
        for (Attempt a : attempts.values()) {
            Set<String> got = holders.getOrDefault(a.messageId(), Set.of());
            if (a.result() == SmtpSender.Result.ACKNOWLEDGED) {
                if (!got.equals(a.accounts())) problems.add("lost: acknowledged " + a.messageId() + " for " + a.accounts()
                        + " is only in " + got);
            } else if (!got.isEmpty() && !got.equals(a.accounts())) {
                problems.add("partial: unacknowledged " + a.messageId() + " for " + a.accounts() + " is only in " + got);
            }
        }
        return problems;
    }

    static int total(Collection<List<String>> inboxes) {
        return inboxes.stream().mapToInt(List::size).sum();
    }
}
