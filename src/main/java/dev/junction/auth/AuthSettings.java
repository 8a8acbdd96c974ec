package dev.junction.auth;

import dev.junction.config.Setting;
import dev.junction.config.SettingKind;

import java.time.Duration;
import java.util.List;

/** Every auth.* setting: when failed logins slow a client down and when they lock it out. */
public final class AuthSettings {

    public static final Setting<Integer> DELAY_AFTER = Setting.bounded("auth.delay_after", SettingKind.INT,
            "3", 0, 10_000, "Failed logins (per address or login name) before each further attempt is delayed.");
    public static final Setting<Duration> DELAY = Setting.bounded("auth.delay", SettingKind.DURATION,
            "1s", 0, 60_000, "First delay; it doubles with each further failure (0 disables delays).");
    public static final Setting<Duration> MAX_DELAY = Setting.bounded("auth.max_delay", SettingKind.DURATION,
            "15s", 0, 300_000, "Longest delay before one login attempt.");
    public static final Setting<Integer> LOCKOUT_FAILURES = Setting.bounded("auth.lockout_failures", SettingKind.INT,
            "10", 1, 100_000, "Failed logins from one address inside auth.window before it is refused.");
    public static final Setting<Duration> WINDOW = Setting.bounded("auth.window", SettingKind.DURATION,
            "15m", 1_000, 86_400_000, "How long a failure counts.");
    public static final Setting<Duration> LOCKOUT = Setting.bounded("auth.lockout", SettingKind.DURATION,
            "15m", 1_000, 86_400_000, "How long a locked-out address is refused.");
    public static final Setting<Integer> MAX_TRACKED = Setting.bounded("auth.max_tracked", SettingKind.INT,
            "100000", 100, 10_000_000, "Addresses (and, separately, login names) remembered; the least recent go first.");

    public static final List<Setting<?>> ALL = List.of(DELAY_AFTER, DELAY, MAX_DELAY, LOCKOUT_FAILURES, WINDOW, LOCKOUT,
            MAX_TRACKED);

    private AuthSettings() {
    }
}
