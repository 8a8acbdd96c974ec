package dev.junction.imap;

import dev.junction.config.Listen;
import dev.junction.config.Setting;
import dev.junction.config.SettingKind;
import dev.junction.imap.protocol.ProtocolLimits;

import java.time.Duration;
import java.util.List;

/** Every imap.* setting: the two listeners and the limits a client cannot exceed. */
public final class ImapSettings {

    public static final Setting<Listen> LISTEN = Setting.of("imap.listen", SettingKind.LISTEN, "2143",
            "IMAP listener (RFC 9051) with STARTTLS (off disables).");
    public static final Setting<Listen> IMAPS_LISTEN = Setting.of("imap.imaps_listen", SettingKind.LISTEN, "2993",
            "IMAP over implicit TLS (RFC 8314) (off disables).");
    public static final Setting<Boolean> ALLOW_PLAINTEXT_AUTH = Setting.of("imap.allow_plaintext_auth", SettingKind.BOOLEAN,
            "false", "Accept LOGIN and AUTHENTICATE on connections without TLS (else LOGINDISABLED is advertised).");
    public static final Setting<Integer> MAX_LINE_LENGTH = Setting.bounded("imap.max_line_length", SettingKind.INT,
            "65536", 8192, 16_777_216, "Longest command line in bytes between literals (RFC 9051: at least 8192).");
    public static final Setting<Long> MAX_LITERAL_SIZE = Setting.bounded("imap.max_literal_size", SettingKind.SIZE,
            "64M", 1024, Long.MAX_VALUE, "Largest literal, and so the largest message APPEND takes (APPENDLIMIT).");
    public static final Setting<Long> MAX_COMMAND_SIZE = Setting.bounded("imap.max_command_size", SettingKind.SIZE,
            "256K", 8192, 64L * 1024 * 1024, "Octets one command may hold in memory (its lines and literals, except APPEND messages, which are streamed to disk).");
    public static final Setting<Boolean> LITERAL_MINUS = Setting.of("imap.literal_minus", SettingKind.BOOLEAN, "false",
            "Advertise LITERAL- instead of LITERAL+: non-synchronising literals only up to 4096 octets (RFC 7888).");
    public static final Setting<Duration> IDLE_TIMEOUT = Setting.bounded("imap.idle_timeout", SettingKind.DURATION,
            "30m", 100, 86_400_000, "Longest wait for the client's next command, also in IDLE, or for it to read a reply (RFC 9051: at least 30m).");
    public static final Setting<Integer> MAX_ERRORS = Setting.bounded("imap.max_errors", SettingKind.INT,
            "50", 1, 10_000, "BAD replies in one session before it is closed.");
    public static final Setting<Integer> MAX_AUTH_FAILURES = Setting.bounded("imap.max_auth_failures", SettingKind.INT,
            "3", 1, 100, "Failed logins in one session before it is closed.");
    public static final Setting<Integer> MAX_CONNECTIONS = Setting.bounded("imap.max_connections", SettingKind.INT,
            "20000", 1, 1_000_000, "Open IMAP connections on this node, both listeners together.");
    public static final Setting<Integer> MAX_CONNECTIONS_PER_IP = Setting.bounded("imap.max_connections_per_ip", SettingKind.INT,
            "100", 1, 1_000_000, "Open IMAP connections from one client address.");

    public static final List<Setting<?>> ALL = List.of(LISTEN, IMAPS_LISTEN, ALLOW_PLAINTEXT_AUTH, MAX_LINE_LENGTH,
            MAX_LITERAL_SIZE, MAX_COMMAND_SIZE, LITERAL_MINUS, IDLE_TIMEOUT, MAX_ERRORS, MAX_AUTH_FAILURES,
            MAX_CONNECTIONS, MAX_CONNECTIONS_PER_IP);

    private ImapSettings() {
    }
}
