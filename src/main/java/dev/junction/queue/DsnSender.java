package dev.junction.queue;

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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Queues a delivery status notification like any message: the blob first, then a spool entry
 * from the null sender {@code <>} to the original sender, so that notices are never themselves
 * the subject of a notice (RFC 3461 6.2, RFC 5321 4.5.5).
 */
public final class DsnSender {

    private static final Logger LOG = Logger.getLogger("junction.queue");
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
     * Sends one notice about {@code entry} for the given recipients (all of one action).
     * Returns the new queue id, or null when none is due (null sender) or it could not be queued.
     */
    public String send(QueueEntry entry, List<Dsn.Report> reports, Instant now, Instant retryUntil) {
        Envelope original = entry.envelope();
        if (original.sender() == null || reports.isEmpty()) return null;
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
            QueueEntry notice = spool.enqueue(envelope, List.of(new NewRecipient(original.sender(), to)), ref, RETURN_PATH.length);
            MailLog.event(notice.queueId(), "queued", "from", "<>", "to", "<" + original.sender() + ">",
                    "notice", reports.getFirst().action().name().toLowerCase(Locale.ROOT), "about", entry.queueId());
            return notice.queueId();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, entry.queueId() + ": could not queue a delivery status notification", e);
            return null;
        }
    }

    private Dsn.Returned returned(QueueEntry entry, Dsn.Action action) {
        Envelope env = entry.envelope();
        long size = entry.blob().size() - entry.headerSkip();
        boolean full = env.ret() == DsnRet.FULL || (env.ret() == null && action == Dsn.Action.FAILED);
        if (!full || size > returnLimit || env.body() == BodyType.BINARYMIME) return Dsn.Returned.HEADERS;
        return Dsn.Returned.FULL;
    }
}
