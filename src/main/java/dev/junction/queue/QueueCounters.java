package dev.junction.queue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Recipient results since start, by event (delivered, deferred, bounced, expired) and route kind
 * (local, internet; "none" for recipients the router refused). Keys are {@code event.kind}.
 */
final class QueueCounters {

    static final List<String> EVENTS = List.of("delivered", "deferred", "bounced", "expired");

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    QueueCounters() {
        // Series that exist from the start, so a scraper sees 0 rather than nothing.
        for (String event : EVENTS) {
            for (String kind : List.of("local", "internet")) counts.put(event + "." + kind, new LongAdder());
        }
    }

    void count(String event, String destination) {
        counts.computeIfAbsent(event + "." + kind(destination), k -> new LongAdder()).increment();
    }

    Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** "internet:example.org" is of kind "internet"; "local" of kind "local". */
    static String kind(String destination) {
        int colon = destination.indexOf(':');
        return colon < 0 ? destination : destination.substring(0, colon);
    }
}
