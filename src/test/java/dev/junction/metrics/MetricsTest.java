package dev.junction.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricsTest {

    @Test
    void rendersCountersAndGaugesWithLabels() {
        Metrics m = new Metrics();
        m.counter("junction_link_bytes_total", "Bytes sent per link", "link", "hq").add(10);
        m.counter("junction_link_bytes_total", "Bytes sent per link", "link", "br\"1").increment();
        m.counter("junction_link_bytes_total", "Bytes sent per link", "link", "hq").add(5);
        m.gauge("junction_queue_entries", "Messages in the queue", () -> 7);

        assertThat(m.render()).isEqualTo("""
                # HELP junction_link_bytes_total Bytes sent per link
                # TYPE junction_link_bytes_total counter
                junction_link_bytes_total{link="br\\"1"} 1
                junction_link_bytes_total{link="hq"} 15
                # HELP junction_queue_entries Messages in the queue
                # TYPE junction_queue_entries gauge
                junction_queue_entries 7
                """);
    }

    @Test
    void refusesBadNamesAndTypeClashes() {
        Metrics m = new Metrics();
        m.gauge("x_total", "x", () -> 1);
        assertThatThrownBy(() -> m.counter("x_total", "x")).hasMessageContaining("already a gauge");
        assertThatThrownBy(() -> m.counter("bad-name", "x")).hasMessageContaining("bad metric name");
        assertThatThrownBy(() -> m.counter("y", "y", "odd")).hasMessageContaining("pairs");
        assertThatThrownBy(() -> m.counter("y", "y").add(-1)).hasMessageContaining("only goes up");
    }

    @Test
    void jvmGaugesRegister() {
        Metrics m = new Metrics();
        JvmMetrics.register(m);
        assertThat(m.render()).contains("jvm_memory_used_bytes{area=\"heap\"} ").contains("process_uptime_seconds ");
    }
}
