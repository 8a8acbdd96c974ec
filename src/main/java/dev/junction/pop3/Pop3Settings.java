package dev.junction.pop3;

import dev.junction.config.Listen;
import dev.junction.config.Setting;
import dev.junction.config.SettingKind;

import java.time.Duration;
import java.util.List;

/** Every pop3.* setting: the two listeners and the limits a client cannot exceed. */
public final class Pop3Settings {

    public static final Setting<Listen> LISTEN = Setting.of("pop3.listen", SettingKind.LISTEN, "2110",
            "POP3 listener (RFC 1939) with STLS (off disables).");
    public static final Setting<Listen> POP3S_LISTEN = Setting.of("pop3.pop3s_listen", SettingKind.LISTEN, "2995",
            "POP3 over implicit TLS (RFC 8314) (off disables).");
    public static final Setting<Boolean> ALLOW_PLAINTEXT_AUTH = Setting.of("pop3.allow_plaintext_auth", SettingKind.BOOLEAN,
            "false", "Offer and accept USER/PASS and AUTH on connections without TLS.");
    public static final Setting<Integer> MAX_LINE_LENGTH = Setting.bounded("pop3.max_line_length", SettingKind.INT,
            "1024", 255, 65_536, "Longest command line in bytes (RFC 2449: at least 255).");
    public static final Setting<Duration> IDLE_TIMEOUT = Setting.bounded("pop3.idle_timeout", SettingKind.DURATION,
            "10m", 100, 3_600_000, "Longest wait for the client's next command or for it to read a reply (RFC 1939: 10m).");
    public static final Setting<Integer> MAX_ERRORS = Setting.bounded("pop3.max_errors", SettingKind.INT,
            "20", 1, 10_000, "-ERR replies in one session before it is closed.");
    public static final Setting<Integer> MAX_AUTH_FAILURES = Setting.bounded("pop3.max_auth_failures", SettingKind.INT,
            "3", 1, 100, "Failed logins in one session before it is closed.");
    public static final Setting<Integer> MAX_CONNECTIONS = Setting.bounded("pop3.max_connections", SettingKind.INT,
            "1000", 1, 1_000_000, "Open POP3 connections on this node, both listeners together.");
    public static final Setting<Integer> MAX_CONNECTIONS_PER_IP = Setting.bounded("pop3.max_connections_per_ip", SettingKind.INT,
            "20", 1, 1_000_000, "Open POP3 connections from one client address.");

    public static final List<Setting<?>> ALL = List.of(LISTEN, POP3S_LISTEN, ALLOW_PLAINTEXT_AUTH, MAX_LINE_LENGTH,
            IDLE_TIMEOUT, MAX_ERRORS, MAX_AUTH_FAILURES, MAX_CONNECTIONS, MAX_CONNECTIONS_PER_IP);

    private Pop3Settings() {
    }
}
