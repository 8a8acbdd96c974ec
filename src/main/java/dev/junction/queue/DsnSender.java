package dev.junction.queue;

import dev.junction.delivery.Outcome;
import dev.junction.log.MailLog;
import dev.junction.mail.BodyType;
import dev.junction.mail.DsnRet;
import dev.junction.mail.Envelope;
import dev.junction.mail.Notify;
import dev.junction.mail.Recipient;
import dev.junction.store.BlobRef;
import dev.junction.store.BlobSink;
import dev.junction.store.BlobStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Queues a delivery status notification like any message: the blob first, then a spool entry
 * from the null sender {@code <>} to the original sender, so that notices are never themselves
 * the subject of a notice (RFC 3461 6.2, RFC 5321 4.5.5).
 */
public final class DsnSender {

    private static final Logger LOG = Logger.getLogger("junction.queue");
    private static final Pattern REPLY =
            Pattern.compile("([2-5][0-9][0-9]) ([245]\\.[0-9]{1,3}\\.[0-9]{1,3}) ?(.*)", Pattern.DOTALL);
    private static final byte[] RETURN_PATH = "Return-Path: <>\r\n".getBytes(StandardCharsets.US_ASCII);

    private final BlobStore blobs;
    private final Spool spool;
    private final Dsn dsn;
    private final long returnLimit;

    public DsnSender(BlobStore blobs, Spool spool, Dsn dsn, long returnLimit) {
        this.blobs = blobs;
        this.spool = spool;
        this.dsn = dsn;
        this.returnLimit = returnLimit;
    }

    /**
     * Queues the notices that the entry's recipients owe (see {@link Spool#record}): one per kind
     * (failure, delay, success), each listing every recipient that owes it. A notice that cannot
     * be queued stays owed and is tried again at the next call.
     *
     * @param retryUntil when the queue gives up (shown in delay notices)
     * @return the queue ids of the notices queued
     */
    public List<String> sendOwed(QueueEntry entry, Instant now, Instant retryUntil) {
        Map<String, List<QueuedRecipient>> byKind = new LinkedHashMap<>();
        for (QueuedRecipient r : entry.recipients()) {
            if (r.notice() != null) byKind.computeIfAbsent(kind(r.notice()), k -> new ArrayList<>()).add(r);
        }
        List<String> queued = new ArrayList<>();
        if (entry.envelope().sender() == null) return queued;
        for (List<QueuedRecipient> owing : byKind.values()) {
            String id = send(entry, owing, now, retryUntil);
            if (id != null) queued.add(id);
        }
        return queued;
    }

    /** Delivered and relayed reports go in one success notice. */
    private static String kind(Dsn.Action action) {
        return action == Dsn.Action.RELAYED ? Dsn.Action.DELIVERED.name() : action.name();
    }

    private String send(QueueEntry entry, List<QueuedRecipient> owing, Instant now, Instant retryUntil) {
        Envelope original = entry.envelope();
        List<Dsn.Report> reports = owing.stream().map(r -> new Dsn.Report(r.address(), r.original(), r.notice(), outcome(r))).toList();
        Dsn.Returned returned = returned(entry, reports.getFirst().action());
        try (BlobSink sink = blobs.create(); InputStream in = blobs.open(entry.blob().id())) {
            in.skipNBytes(entry.headerSkip());
            sink.write(RETURN_PATH);
            dsn.write(entry.queueId(), original, reports, in, returned, now, retryUntil, sink);
            BlobRef ref = sink.commit();
            Recipient to = new Recipient(original.sender(), null, Set.of(Notify.NEVER));
            boolean utf8 = !original.sender().isAscii() || reports.stream().anyMatch(r -> !r.finalRecipient().isAscii());
            // The text part is declared 8bit (remote replies may be UTF-8), and a returned message may be.
            Envelope envelope = new Envelope(null, List.of(to), null, null, BodyType.EIGHT_BITMIME, utf8,
                    "localhost", "127.0.0.1", null, now);
            QueueEntry notice = spool.enqueueNotice(envelope, new NewRecipient(original.sender(), to), ref, RETURN_PATH.length,
                    owing.stream().map(QueuedRecipient::id).toList());
            MailLog.event(notice.queueId(), "queued", "from", "<>", "to", "<" + original.sender() + ">",
                    "notice", reports.getFirst().action().name().toLowerCase(Locale.ROOT), "about", entry.queueId());
            return notice.queueId();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, entry.queueId() + ": could not queue a delivery status notification", e);
            return null;
        }
    }

    /** The recipient's last reply ("code status text", as {@link Outcome#reply()} wrote it) as an outcome. */
    static Outcome outcome(QueuedRecipient r) {
        String reply = r.lastReply() == null ? "" : r.lastReply();
        Matcher m = REPLY.matcher(reply);
        if (m.matches()) {
            return new Outcome(Outcome.Kind.FAILED, Integer.parseInt(m.group(1)), m.group(2), m.group(3), r.remoteMta());
        }
        boolean failed = r.notice() == Dsn.Action.FAILED;
        boolean delayed = r.notice() == Dsn.Action.DELAYED;
        return new Outcome(Outcome.Kind.FAILED, failed ? 550 : delayed ? 451 : 250, failed ? "5.0.0" : delayed ? "4.0.0" : "2.0.0",
                reply, r.remoteMta());
    }

    private Dsn.Returned returned(QueueEntry entry, Dsn.Action action) {
        Envelope env = entry.envelope();
        long size = entry.blob().size() - entry.headerSkip();
        boolean full = env.ret() == DsnRet.FULL || (env.ret() == null && action == Dsn.Action.FAILED);
        if (!full || size > returnLimit || env.body() == BodyType.BINARYMIME) return Dsn.Returned.HEADERS;
        return Dsn.Returned.FULL;
    }
}
