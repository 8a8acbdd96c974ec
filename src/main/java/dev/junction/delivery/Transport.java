package dev.junction.delivery;

import java.util.Map;

/**
 * Carries one {@link DeliveryRequest} to its destination. Never throws: every recipient of the
 * request gets an {@link Outcome} (unexpected errors are temporary failures).
 */
public interface Transport {

    /** @return an outcome per recipient id of the request */
    Map<Long, Outcome> deliver(DeliveryRequest request);
}
