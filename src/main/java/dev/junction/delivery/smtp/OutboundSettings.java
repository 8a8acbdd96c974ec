package dev.junction.delivery.smtp;

import dev.junction.config.Setting;
import dev.junction.config.SettingKind;

import java.time.Duration;
import java.util.List;

/** Settings of outbound SMTP delivery, DNS lookups and the smart host. */
public final class OutboundSettings {

    public static final Setting<Integer> SMTP_PORT = Setting.bounded("delivery.smtp_port", SettingKind.INT, "25", 1, 65535,
            "TCP port of remote mail exchangers (25; tests point it at a local server).");
    public static final Setting<Duration> CONNECT_TIMEOUT = Setting.bounded("delivery.connect_timeout", SettingKind.DURATION, "30s",
            100, 600_000, "How long to wait for a TCP connection to a remote server before trying the next one.");
    public static final Setting<Duration> COMMAND_TIMEOUT = Setting.bounded("delivery.command_timeout", SettingKind.DURATION, "5m",
            100, 3_600_000, "How long to wait for each reply of a remote server (RFC 5321 4.5.3.2).");
    public static final Setting<String> HELO_NAME = Setting.of("delivery.helo_name", SettingKind.STRING, "",
            "Name sent in EHLO/HELO; empty means node.hostname.");
    public static final Setting<Boolean> STARTTLS = Setting.of("delivery.starttls", SettingKind.BOOLEAN, "true",
            "Use STARTTLS when a mail exchanger offers it (opportunistic: certificates are not verified).");
    public static final Setting<List<String>> DNS_SERVERS = Setting.of("dns.servers", SettingKind.LIST, "",
            "DNS servers for MX lookups, as host or host:port; empty means the system's resolvers.");
    public static final Setting<Duration> DNS_TIMEOUT = Setting.bounded("dns.timeout", SettingKind.DURATION, "10s",
            100, 120_000, "How long to wait for a DNS answer.");
    public static final Setting<String> SMARTHOST = Setting.of("relay.smarthost", SettingKind.STRING, "",
            "host:port that receives all internet mail instead of the recipients' MX hosts; empty means direct delivery.");
    public static final Setting<String> SMARTHOST_USER = Setting.of("relay.smarthost_user", SettingKind.STRING, "",
            "User name for AUTH at the smart host; empty means no authentication.");
    public static final Setting<String> SMARTHOST_PASSWORD = Setting.of("relay.smarthost_password", SettingKind.SECRET, "",
            "Password for AUTH at the smart host.");
    public static final Setting<String> SMARTHOST_TLS = Setting.of("relay.smarthost_tls", SettingKind.STRING, "starttls",
            "TLS to the smart host: none, starttls (required) or tls (implicit TLS, e.g. port 465).");
    public static final Setting<Boolean> SMARTHOST_TLS_VERIFY = Setting.of("relay.smarthost_tls_verify", SettingKind.BOOLEAN, "true",
            "Verify the smart host's certificate and host name against the system trust store.");

    public static final List<Setting<?>> ALL = List.of(SMTP_PORT, CONNECT_TIMEOUT, COMMAND_TIMEOUT, HELO_NAME, STARTTLS,
            DNS_SERVERS, DNS_TIMEOUT, SMARTHOST, SMARTHOST_USER, SMARTHOST_PASSWORD, SMARTHOST_TLS, SMARTHOST_TLS_VERIFY);

    private OutboundSettings() {
    }
}
