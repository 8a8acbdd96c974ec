package dev.junction.smtp;

import dev.junction.log.MailLog;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;
import dev.junction.queue.NewRecipient;
import dev.junction.queue.QueueEntry;
import dev.junction.store.BlobRef;

import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The end of DATA or BDAT LAST: refuses a message over the size limit, otherwise commits the
 * blob, enqueues it with its final recipients and only then answers 250 (ARCHITECTURE.md: "250"
 * means the message is on disk).
 */
final class Handoff {

    private static final Logger LOG = Logger.getLogger("junction.smtp");

    private Handoff() {
    }

    /** Starts the transaction's content: the blob with its Return-Path and Received lines. */
    static MessageContent open(SmtpSession session) throws SmtpException {
        Transaction tx = session.transaction();
        MailFromArgument mail = tx.mail();
        tx.queueId(session.context().spool().newQueueId());
        String returnPath = TraceHeaders.returnPath(mail.sender() == null ? "<>" : "<" + mail.sender() + ">");
        String received = TraceHeaders.received(session.helo(), session.clientIp(), session.context().hostname(),
                session.protocol(mail.smtpUtf8()), session.tlsDescription(), tx.queueId(),
                tx.recipients().size() == 1 ? tx.recipients().get(0).recipient().address().toString() : null,
                ZonedDateTime.now());
        try {
            MessageContent content = MessageContent.start(session.context().blobs(), returnPath, received,
                    session.context().maxMessageSize());
            tx.content(content);
            return content;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "session " + session.id() + ": cannot create blob", e);
            throw new SmtpException(SmtpError.TEMPORARY);
        }
    }

    /** Ends the session's transaction either way. */
    static void finish(SmtpSession session) throws IOException, SmtpException {
        Transaction tx = session.transaction();
        MessageContent content = tx.content();
        try {
            if (content.tooBig()) throw new SmtpException(SmtpError.MESSAGE_TOO_BIG);
            QueueEntry entry;
            try {
                BlobRef blob = content.commit();
                entry = session.context().spool().enqueue(tx.queueId(), envelope(session, tx), finalRecipients(tx), blob, content.headerSkip());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "session " + session.id() + ": cannot queue message", e);
                throw new SmtpException(SmtpError.TEMPORARY);
            }
            MailLog.event(entry.queueId(), "received", "session", session.id(), "client", session.clientIp(),
                    "helo", session.helo(), "auth", session.authUser() == null ? "-" : session.authUser(),
                    "size", content.size(), "from", entry.envelope().reversePath(), "nrcpt", tx.recipients().size(),
                    "proto", session.protocol(tx.mail().smtpUtf8()));
            session.reply(SmtpReply.of(250, "2.0.0", "Ok: queued as " + entry.queueId()));
        } finally {
            session.endTransaction();
        }
    }

    private static Envelope envelope(SmtpSession session, Transaction tx) {
        MailFromArgument mail = tx.mail();
        List<Recipient> rcpts = tx.recipients().stream().map(Transaction.Accepted::recipient).toList();
        return new Envelope(mail.sender(), rcpts, mail.envId(), mail.ret(), mail.body(), mail.smtpUtf8(),
                session.helo(), session.clientIp(), session.authUser(), Instant.now());
    }

    /** Every expanded address once, attributed to the first RCPT that reached it. */
    private static List<NewRecipient> finalRecipients(Transaction tx) {
        Map<String, NewRecipient> unique = new LinkedHashMap<>();
        for (Transaction.Accepted a : tx.recipients()) {
            for (MailAddress address : a.finalRecipients()) {
                unique.putIfAbsent(address.key(), new NewRecipient(address, a.recipient()));
            }
        }
        return new ArrayList<>(unique.values());
    }
}
