package dev.junction.queue;

import dev.junction.config.Setting;
import dev.junction.config.SettingKind;

import java.time.Duration;
import java.util.List;

/** Settings of the queue manager: retry schedule, notices, concurrency. */
public final class QueueSettings {

    public static final Setting<Duration> RETRY_MIN = Setting.bounded("queue.retry_min", SettingKind.DURATION, "1m",
            1_000, 86_400_000, "Wait after the first temporary failure; each further failure doubles it (with jitter).");
    public static final Setting<Duration> RETRY_MAX = Setting.bounded("queue.retry_max", SettingKind.DURATION, "1h",
            1_000, 86_400_000, "Longest wait between two delivery attempts.");
    public static final Setting<Duration> DELAY_WARNING = Setting.bounded("queue.delay_warning", SettingKind.DURATION, "4h",
            0, 30L * 86_400_000, "Age at which senders who asked for it get one delay notice (0 = never).");
    public static final Setting<Duration> MAX_AGE = Setting.bounded("queue.max_age", SettingKind.DURATION, "5d",
            60_000, 60L * 86_400_000, "Age at which undelivered recipients are bounced to the sender.");
    public static final Setting<Integer> MAX_CONCURRENCY = Setting.bounded("queue.max_concurrency", SettingKind.INT, "100",
            1, 10_000, "Deliveries in progress at once, over all destinations.");
    public static final Setting<Integer> DESTINATION_CONCURRENCY = Setting.bounded("queue.destination_concurrency",
            SettingKind.INT, "20", 1, 10_000, "Deliveries in progress at once to one destination.");
    public static final Setting<Integer> SCAN_BATCH = Setting.bounded("queue.scan_batch", SettingKind.INT, "1000",
            1, 100_000, "Due queue entries taken from the spool per scheduler pass.");
    public static final Setting<Long> DSN_RETURN_LIMIT = Setting.bounded("queue.dsn_return_limit", SettingKind.SIZE, "1M",
            0, 1L << 30, "Largest message returned whole in a delivery notice; bigger ones return their headers only.");

    public static final List<Setting<?>> ALL = List.of(RETRY_MIN, RETRY_MAX, DELAY_WARNING, MAX_AGE, MAX_CONCURRENCY,
            DESTINATION_CONCURRENCY, SCAN_BATCH, DSN_RETURN_LIMIT);

    private QueueSettings() {
    }
}
