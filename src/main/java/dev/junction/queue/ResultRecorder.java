package dev.junction.queue;

import dev.junction.delivery.Outcome;
import dev.junction.log.MailLog;
import dev.junction.mail.Notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns delivery outcomes into spool state, maillog lines and counters: success, failure
 * (bounce), a temporary failure retried with backoff, expiry at the maximum age (bounce, RFC 3463
 * 4.4.7), and one delay notice past the warning age. A notice is not queued here: the recipient's
 * state and the notice it owes are one spool write (NOTIFY decides whether one is owed), and
 * {@link DsnSender#sendOwed} queues the owed notices of an entry once its deliveries are done.
 */
final class ResultRecorder {

    /** One recipient and what became of it. */
    record Result(QueuedRecipient recipient, Outcome outcome) {
    }

    private final Spool spool;
    private final Backoff backoff;
    private final Duration delayWarning;
    private final Duration maxAge;
    private final QueueCounters counters;

    ResultRecorder(Spool spool, Backoff backoff, Duration delayWarning, Duration maxAge, QueueCounters counters) {
        this.spool = spool;
        this.backoff = backoff;
        this.delayWarning = delayWarning;
        this.maxAge = maxAge;
        this.counters = counters;
    }

    /**
     * Records every result; returns true when a recipient now owes a notice. The maillog line
     * comes first: the spool's write may finish the entry, and its "removed" line follows.
     */
    boolean record(QueueEntry entry, String route, List<Result> results, Instant now) {
        boolean owes = false;
        Instant arrival = entry.envelope().receivedAt();
        Instant expiry = arrival.plus(maxAge);
        for (Result res : results) {
            QueuedRecipient r = res.recipient();
            Outcome o = res.outcome();
            switch (o.kind()) {
                case DELIVERED, RELAYED, RELAYED_DSN -> {
                    Dsn.Action action = o.kind() == Outcome.Kind.DELIVERED ? Dsn.Action.DELIVERED : Dsn.Action.RELAYED;
                    boolean reports = o.kind() != Outcome.Kind.RELAYED_DSN; // the next server reports from now on
                    event(entry, "delivered", route, r, o, now);
                    owes |= write(r, RecipientState.DELIVERED, o, null, reports ? owed(entry, r, Notify.SUCCESS, action) : null);
                }
                case FAILED -> {
                    event(entry, "bounced", route, r, o, now);
                    owes |= write(r, RecipientState.FAILED, o, null, owed(entry, r, Notify.FAILURE, Dsn.Action.FAILED));
                }
                case DEFERRED -> {
                    if (!now.isBefore(expiry)) {
                        Outcome expired = new Outcome(Outcome.Kind.FAILED, o.code(), "4.4.7",
                                "delivery time expired after " + age(maxAge) + "; last reply: " + o.reply(), o.remoteMta());
                        event(entry, "expired", route, r, expired, now);
                        owes |= write(r, RecipientState.FAILED, expired, null, owed(entry, r, Notify.FAILURE, Dsn.Action.FAILED));
                        continue;
                    }
                    Instant next = backoff.next(r.attempts() + 1, now);
                    if (next.isAfter(expiry)) next = expiry; // one last try at the maximum age
                    boolean warn = !delayWarning.isZero() && !r.delayNotified() && !now.isBefore(arrival.plus(delayWarning));
                    event(entry, "deferred", route, r, o, now);
                    owes |= write(r, RecipientState.PENDING, o, next, warn ? owed(entry, r, Notify.DELAY, Dsn.Action.DELAYED) : null);
                }
            }
        }
        return owes;
    }

    /** Returns whether a notice is now owed. */
    private boolean write(QueuedRecipient r, RecipientState state, Outcome o, Instant next, Dsn.Action notice) {
        spool.record(r.id(), new Attempt(state, o.reply(), o.remoteMta(), next, notice));
        return notice != null;
    }

    /** The notice owed, if the sender can get one (not the null sender) and asked for it. */
    private static Dsn.Action owed(QueueEntry entry, QueuedRecipient r, Notify when, Dsn.Action action) {
        return entry.envelope().sender() != null && r.original().wants(when) ? action : null;
    }

    /** "5d", "12h", "90m": the maximum age as an administrator wrote it. */
    static String age(Duration d) {
        long ms = d.toMillis();
        if (ms % 86_400_000 == 0) return d.toDays() + "d";
        if (ms % 3_600_000 == 0) return d.toHours() + "h";
        if (ms % 60_000 == 0) return d.toMinutes() + "m";
        return d.toSeconds() + "s";
    }

    private void event(QueueEntry entry, String event, String route, QueuedRecipient r, Outcome o, Instant now) {
        counters.count(event, route);
        List<Object> pairs = new ArrayList<>(List.of("to", "<" + r.address() + ">"));
        if (!r.original().address().equals(r.address())) pairs.addAll(List.of("orig_to", "<" + r.original().address() + ">"));
        pairs.addAll(List.of("route", route));
        if (o.remoteMta() != null) pairs.addAll(List.of("relay", o.remoteMta()));
        long ms = Duration.between(entry.envelope().receivedAt(), now).toMillis();
        pairs.addAll(List.of("delay", String.format(Locale.ROOT, "%.1fs", ms / 1000.0), "attempts", r.attempts() + 1,
                "status", o.status(), "reply", o.code() + " " + o.text()));
        MailLog.event(entry.queueId(), event, pairs.toArray());
    }
}
