package dev.junction.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Named counters and gauges of one node, rendered in the Prometheus text exposition format
 * (version 0.0.4) on the admin listener's /metrics. Parts register what they count once, at
 * construction, and keep the returned {@link Counter}:
 *
 * <pre>{@code
 * Counter received = metrics.counter("junction_smtp_messages_received_total", "Messages accepted by SMTP");
 * metrics.gauge("junction_queue_entries", "Entries in the queue", spool::size);
 * Counter bytes = metrics.counter("junction_link_bytes_total", "Bytes sent per link", "link", "hq");
 * }</pre>
 *
 * Labels are given as alternating name, value pairs; the same name with other labels is
 * another series of the same family.
 */
public final class Metrics {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private record Family(String type, String help, Map<String, LongSupplier> series) {
    }

    private final Map<String, Family> families = new ConcurrentSkipListMap<>();
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** The counter of that name and labels, created on first use. */
    public Counter counter(String name, String help, String... labels) {
        String series = series(name, labels);
        return counters.computeIfAbsent(series, s -> {
            Counter c = new Counter();
            family(name, "counter", help).series().put(s, c::value);
            return c;
        });
    }

    /** A counter kept elsewhere (a part's own tally), read when scraped. */
    public void counter(String name, String help, LongSupplier value, String... labels) {
        family(name, "counter", help).series().put(series(name, labels), value);
    }

    /** A value read when scraped (queue size, open sessions); registering again replaces it. */
    public void gauge(String name, String help, LongSupplier value, String... labels) {
        family(name, "gauge", help).series().put(series(name, labels), value);
    }

    private Family family(String name, String type, String help) {
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("bad metric name " + name);
        Family f = families.computeIfAbsent(name, n -> new Family(type, help, new ConcurrentSkipListMap<>()));
        if (!f.type().equals(type)) throw new IllegalArgumentException(name + " is already a " + f.type());
        return f;
    }

    private static String series(String name, String... labels) {
        if (labels.length % 2 != 0) throw new IllegalArgumentException("labels come in name, value pairs");
        if (labels.length == 0) return name;
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < labels.length; i += 2) {
            if (!NAME.matcher(labels[i]).matches()) throw new IllegalArgumentException("bad label name " + labels[i]);
            String v = labels[i + 1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
            pairs.add(labels[i] + "=\"" + v + "\"");
        }
        return name + "{" + String.join(",", pairs) + "}";
    }

    /** Every family, sorted by name, with its HELP and TYPE lines. */
    public String render() {
        StringBuilder b = new StringBuilder();
        families.forEach((name, f) -> {
            b.append("# HELP ").append(name).append(' ').append(f.help().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
            b.append("# TYPE ").append(name).append(' ').append(f.type()).append('\n');
            f.series().forEach((series, value) -> b.append(series).append(' ').append(value.getAsLong()).append('\n'));
        });
        return b.toString();
    }
}
