package dev.junction.metrics;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Basic process gauges, so a scrape shows memory pressure and thread growth at a glance. */
public final class JvmMetrics {

    private JvmMetrics() {
    }

    public static void register(Metrics metrics) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        metrics.gauge("jvm_memory_used_bytes", "Memory in use by area", () -> memory.getHeapMemoryUsage().getUsed(), "area", "heap");
        metrics.gauge("jvm_memory_used_bytes", "Memory in use by area", () -> memory.getNonHeapMemoryUsage().getUsed(), "area", "nonheap");
        metrics.gauge("jvm_memory_max_bytes", "Largest heap the JVM may use", () -> memory.getHeapMemoryUsage().getMax(), "area", "heap");
        metrics.gauge("jvm_threads_live", "Live platform threads", () -> ManagementFactory.getThreadMXBean().getThreadCount());
        metrics.gauge("process_uptime_seconds", "Seconds since the JVM started", () -> ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        metrics.gauge("process_cpu_count", "Processors available to the JVM", () -> Runtime.getRuntime().availableProcessors());
    }
}
