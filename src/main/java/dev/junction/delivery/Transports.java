package dev.junction.delivery;

import dev.junction.routing.Route;

import java.util.Map;

/**
 * Dispatches a request by the kind of route its destination has. Adding a route kind adds a
 * case here (the sealed {@link Route} makes the compiler ask for it); the queue is unchanged.
 */
public final class Transports implements Transport {

    private final Transport local;
    private final Transport internet;

    public Transports(Transport local, Transport internet) {
        this.local = local;
        this.internet = internet;
    }

    @Override
    public Map<Long, Outcome> deliver(DeliveryRequest request) {
        Route first = request.recipients().getFirst().route();
        Transport t = switch (first) {
            case Route.Local l -> local;
            case Route.Internet i -> internet;
        };
        return t.deliver(request);
    }
}
