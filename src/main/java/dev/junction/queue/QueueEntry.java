package dev.junction.queue;

import dev.junction.mail.Envelope;
import dev.junction.store.BlobRef;

import java.util.List;

/**
 * A queued message and its recipients.
 *
 * @param queueId    short id printed in every log line about the message
 * @param headerSkip see {@link Spool#enqueue}
 * @param held       an administrator put the entry on hold
 */
public record QueueEntry(String queueId, Envelope envelope, BlobRef blob, int headerSkip, boolean held,
                         List<QueuedRecipient> recipients) {

    public QueueEntry {
        recipients = List.copyOf(recipients);
    }

    public List<QueuedRecipient> pending() {
        return recipients.stream().filter(r -> r.state() == RecipientState.PENDING).toList();
    }
}
