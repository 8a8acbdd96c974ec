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
 * Turns delivery outcomes into spool state, maillog lines and notices: success, failure
 * (bounce), a temporary failure retried with backoff, expiry at the maximum age (bounce), and
 * one delay notice past the warning age. Notices go only to senders who asked (NOTIFY).
 */
final class ResultRecorder {

    /** One recipient and what became of it. */
    record Result(QueuedRecipient recipient, Outcome outcome) {
    }

    private final Spool spool;
    private final DsnSender notices;
    private final Backoff backoff;
    private final Duration delayWarning;
    private final Duration maxAge;

    ResultRecorder(Spool spool, DsnSender notices, Backoff backoff, Duration delayWarning, Duration maxAge) {
        this.spool = spool;
        this.notices = notices;
        this.backoff = backoff;
        this.delayWarning = delayWarning;
        this.maxAge = maxAge;
    }

    /** Records every result; returns true when a notice was queued (the scheduler should look). */
    boolean record(QueueEntry entry, String route, List<Result> results, Instant now) {
        Instant arrival = entry.envelope().receivedAt();
        Instant expiry = arrival.plus(maxAge);
        List<Dsn.Report> failed = new ArrayList<>();
        List<Dsn.Report> delayed = new ArrayList<>();
        List<Dsn.Report> delivered = new ArrayList<>();
        for (Result res : results) {
            QueuedRecipient r = res.recipient();
            Outcome o = res.outcome();
            switch (o.kind()) {
                case DELIVERED, RELAYED, RELAYED_DSN -> {
                    spool.recordDelivered(r.id(), o.reply());
                    log(entry, "delivered", route, r, o, now);
                    if (o.kind() != Outcome.Kind.RELAYED_DSN && r.original().wants(Notify.SUCCESS)) {
                        delivered.add(report(r, o.kind() == Outcome.Kind.DELIVERED ? Dsn.Action.DELIVERED : Dsn.Action.RELAYED, o));
                    }
                }
                case FAILED -> {
                    spool.recordFailed(r.id(), o.reply());
                    log(entry, "bounced", route, r, o, now);
                    if (r.original().wants(Notify.FAILURE)) failed.add(report(r, Dsn.Action.FAILED, o));
                }
                case DEFERRED -> {
                    if (!now.isBefore(expiry)) {
                        spool.recordFailed(r.id(), o.reply());
                        log(entry, "expired", route, r, o, now);
                        if (r.original().wants(Notify.FAILURE)) failed.add(report(r, Dsn.Action.FAILED, o));
                        continue;
                    }
                    Instant next = backoff.next(r.attempts() + 1, now);
                    if (next.isAfter(expiry)) next = expiry; // one last try at the maximum age
                    spool.recordDeferred(r.id(), o.reply(), next);
                    log(entry, "deferred", route, r, o, now);
                    if (!delayWarning.isZero() && !r.delayNotified() && !now.isBefore(arrival.plus(delayWarning))
                            && r.original().wants(Notify.DELAY)) {
                        spool.recordDelayNotified(r.id());
                        delayed.add(report(r, Dsn.Action.DELAYED, o));
                    }
                }
            }
        }
        boolean queued = notices.send(entry, failed, now, null) != null;
        queued |= notices.send(entry, delayed, now, expiry) != null;
        queued |= notices.send(entry, delivered, now, null) != null;
        return queued;
    }

    private static Dsn.Report report(QueuedRecipient r, Dsn.Action action, Outcome o) {
        return new Dsn.Report(r.address(), r.original(), action, o);
    }

    private static void log(QueueEntry entry, String event, String route, QueuedRecipient r, Outcome o, Instant now) {
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
