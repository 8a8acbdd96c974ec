package dev.junction.smtp;

import dev.junction.config.Listen;
import dev.junction.config.Setting;
import dev.junction.config.SettingKind;

import java.time.Duration;
import java.util.List;

/** Every smtp.* setting: listeners, relay policy and the limits a client cannot exceed. */
public final class SmtpSettings {

    public static final Setting<Listen> LISTEN = Setting.of("smtp.listen", SettingKind.LISTEN, "2525",
            "MX listener: mail from anyone for our domains (off disables).");
    public static final Setting<Listen> SUBMISSION_LISTEN = Setting.of("smtp.submission_listen", SettingKind.LISTEN, "2587",
            "Submission listener (RFC 6409): STARTTLS, then AUTH before MAIL (off disables).");
    public static final Setting<Listen> SUBMISSIONS_LISTEN = Setting.of("smtp.submissions_listen", SettingKind.LISTEN, "2465",
            "Submission over implicit TLS (RFC 8314), AUTH before MAIL (off disables).");
    public static final Setting<List<String>> RELAY_NETWORKS = Setting.of("smtp.relay_networks", SettingKind.LIST,
            "127.0.0.0/8, ::1/128", "CIDR blocks whose clients may relay to any domain without AUTH.");
    public static final Setting<Boolean> ALLOW_PLAINTEXT_AUTH = Setting.of("smtp.allow_plaintext_auth", SettingKind.BOOLEAN,
            "false", "Offer and accept AUTH on connections without TLS.");
    public static final Setting<Integer> MAX_LINE_LENGTH = Setting.bounded("smtp.max_line_length", SettingKind.INT,
            "4096", 512, 1 << 20, "Longest command line in bytes; longer lines get 500 5.5.2.");
    public static final Setting<Long> MAX_MESSAGE_SIZE = Setting.bounded("smtp.max_message_size", SettingKind.SIZE,
            "25M", 1024, 1L << 31, "Largest message accepted (advertised as SIZE).");
    public static final Setting<Integer> MAX_RECIPIENTS = Setting.bounded("smtp.max_recipients", SettingKind.INT,
            "100", 1, 100_000, "Recipients per message; more get 452 4.5.3.");
    public static final Setting<Integer> MAX_ERRORS = Setting.bounded("smtp.max_errors", SettingKind.INT,
            "20", 1, 10_000, "Error replies in one session before it is closed with 421.");
    public static final Setting<Integer> MAX_AUTH_FAILURES = Setting.bounded("smtp.max_auth_failures", SettingKind.INT,
            "3", 1, 100, "Failed AUTH attempts in one session before it is closed with 421.");
    public static final Setting<Duration> IDLE_TIMEOUT = Setting.bounded("smtp.idle_timeout", SettingKind.DURATION,
            "5m", 100, 3_600_000, "Longest wait for the client's next bytes before 421 4.4.2.");
    public static final Setting<Integer> MAX_CONNECTIONS = Setting.bounded("smtp.max_connections", SettingKind.INT,
            "1000", 1, 1_000_000, "Open SMTP connections on this node, all listeners together.");
    public static final Setting<Integer> MAX_CONNECTIONS_PER_IP = Setting.bounded("smtp.max_connections_per_ip", SettingKind.INT,
            "20", 1, 1_000_000, "Open SMTP connections from one client address.");
    public static final Setting<String> POSTMASTER = Setting.of("smtp.postmaster", SettingKind.STRING, "",
            "Where RCPT TO:<Postmaster> goes; empty: postmaster@ the first local domain.");
    public static final Setting<Boolean> ENFORCE_SENDER_LOGIN = Setting.of("smtp.enforce_sender_login", SettingKind.BOOLEAN,
            "true", "On submission, MAIL FROM must be the user's address or an alias of it (or <>).");

    public static final List<Setting<?>> ALL = List.of(LISTEN, SUBMISSION_LISTEN, SUBMISSIONS_LISTEN, RELAY_NETWORKS,
            ALLOW_PLAINTEXT_AUTH, MAX_LINE_LENGTH, MAX_MESSAGE_SIZE, MAX_RECIPIENTS, MAX_ERRORS, MAX_AUTH_FAILURES,
            IDLE_TIMEOUT, MAX_CONNECTIONS, MAX_CONNECTIONS_PER_IP, POSTMASTER, ENFORCE_SENDER_LOGIN);

    private SmtpSettings() {
    }
}
