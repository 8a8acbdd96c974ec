package dev.junction.delivery;

import dev.junction.mail.Envelope;
import dev.junction.store.BlobRef;

import java.util.List;

/**
 * One message for one destination: every pending recipient of the message whose route has the
 * same {@link dev.junction.routing.Route#destination()}, so that a remote server receives a
 * single transaction for all of them.
 *
 * @param headerSkip bytes at the start of the blob that only local delivery keeps
 */
public record DeliveryRequest(String queueId, Envelope envelope, BlobRef blob, int headerSkip, String destination,
                              List<RoutedRecipient> recipients) {

    public DeliveryRequest {
        recipients = List.copyOf(recipients);
    }
}
