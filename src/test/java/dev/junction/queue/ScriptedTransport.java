package dev.junction.queue;

import dev.junction.delivery.DeliveryRequest;
import dev.junction.delivery.Outcome;
import dev.junction.delivery.RoutedRecipient;
import dev.junction.delivery.Transport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Answers each destination as scripted (default: relayed), optionally holding it until released. */
final class ScriptedTransport implements Transport {

    final List<DeliveryRequest> requests = new CopyOnWriteArrayList<>();
    final Map<String, Function<RoutedRecipient, Outcome>> answers = new ConcurrentHashMap<>();
    final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();

    @Override
    public Map<Long, Outcome> deliver(DeliveryRequest request) {
        requests.add(request);
        CountDownLatch gate = gates.get(request.destination());
        if (gate != null) {
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Function<RoutedRecipient, Outcome> answer = answers.getOrDefault(request.destination(),
                r -> new Outcome(Outcome.Kind.RELAYED, 250, "2.0.0", "ok", "mx." + request.destination()));
        return request.recipients().stream().collect(Collectors.toMap(RoutedRecipient::id, answer));
    }

    long requestsFor(String destination) {
        return requests.stream().filter(r -> r.destination().equals(destination)).count();
    }
}
