package dev.junction.queue;

import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;

import java.time.Instant;

/**
 * One recipient row of a queue entry.
 *
 * @param id            spool-wide unique id; also part of the delivery key
 * @param attempts      delivery attempts made so far
 * @param nextAttempt   when the queue manager tries again (PENDING only)
 * @param lastReply     the last reply or error text ("code status text"), for the queue listing and DSNs
 * @param delayNotified a delay DSN has been owed or sent for this recipient
 * @param remoteMta     the server that gave the last reply, or null (local results, no connection)
 * @param notice        the notice this recipient owes its sender and that is not queued yet, or null
 */
public record QueuedRecipient(long id, MailAddress address, Recipient original, RecipientState state, int attempts,
                              Instant nextAttempt, String lastReply, boolean delayNotified, String remoteMta,
                              Dsn.Action notice) {

    /** A recipient that owes no notice and has no remote reply. */
    public QueuedRecipient(long id, MailAddress address, Recipient original, RecipientState state, int attempts,
                           Instant nextAttempt, String lastReply, boolean delayNotified) {
        this(id, address, original, state, attempts, nextAttempt, lastReply, delayNotified, null, null);
    }

    /** This row after an attempt was recorded (how every backend applies {@link Spool#record}). */
    public QueuedRecipient after(Attempt a) {
        boolean pending = a.state() == RecipientState.PENDING;
        return new QueuedRecipient(id, address, original, a.state(), attempts + 1, pending ? a.nextAttempt() : nextAttempt,
                a.reply(), delayNotified || a.notice() == Dsn.Action.DELAYED, a.remoteMta(),
                a.notice() != null ? a.notice() : notice);
    }
}
