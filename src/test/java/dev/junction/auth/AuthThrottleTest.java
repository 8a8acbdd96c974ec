package dev.junction.auth;

import dev.junction.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class AuthThrottleTest {

    private final List<Duration> slept = new ArrayList<>();
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) warnings.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @BeforeEach
    void listen() {
        Logger.getLogger("junction.auth").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("junction.auth").removeHandler(capture);
    }

    private AuthThrottle throttle(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of("auth.delay_after", "2", "auth.delay", "1s",
                "auth.max_delay", "5s", "auth.lockout_failures", "6", "auth.window", "10m", "auth.lockout", "15m"));
        settings.putAll(overrides);
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new AuthThrottle(Config.of(settings), clock, slept::add);
    }

    private static InetAddress ip(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    @Test
    void delaysGrowAfterTheThresholdAndAreCapped() throws Exception {
        AuthThrottle t = throttle(Map.of());
        InetAddress client = ip("192.0.2.1");
        for (int i = 0; i < 5; i++) {
            assertThat(t.admit(client, "alice@example.com")).isTrue();
            t.failed(client, "alice@example.com");
        }
        assertThat(slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(t.delayFor(40)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void tooManyFailuresLockTheAddressOutForAWhileAndEveryRefusalIsLogged() throws Exception {
        AuthThrottle t = throttle(Map.of("auth.delay", "0"));
        InetAddress client = ip("192.0.2.7");
        for (int i = 0; i < 6; i++) t.failed(client, "user" + i + "@example.com");
        assertThat(t.admit(client, "alice@example.com")).isFalse();
        assertThat(t.admit(client, "bob@example.com")).isFalse();
        assertThat(t.admit(ip("192.0.2.8"), "alice@example.com")).as("another address").isTrue();
        assertThat(warnings).extracting(LogRecord::getMessage)
                .anyMatch(m -> m.contains("locked out") && m.contains("ip=192.0.2.7"))
                .filteredOn(m -> m.startsWith("login refused"))
                .containsExactly("login refused: ip=192.0.2.7 login=alice@example.com locked until 2026-01-01T00:15:00Z",
                        "login refused: ip=192.0.2.7 login=bob@example.com locked until 2026-01-01T00:15:00Z");

        now = now.plus(Duration.ofMinutes(15));
        assertThat(t.admit(client, "alice@example.com")).isTrue();
        assertThat(slept).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() throws Exception {
        AuthThrottle t = throttle(Map.of("auth.delay", "0"));
        InetAddress client = ip("192.0.2.9");
        for (int i = 0; i < 5; i++) t.failed(client, "alice@example.com");
        now = now.plus(Duration.ofMinutes(11));
        for (int i = 0; i < 5; i++) t.failed(client, "alice@example.com");
        assertThat(t.admit(client, "alice@example.com")).isTrue();
    }

    @Test
    void loginNamesAreDelayedButNeverLockedAndSuccessClearsThem() throws Exception {
        AuthThrottle t = throttle(Map.of());
        for (int i = 0; i < 10; i++) t.failed(ip("198.51.100." + i), "Alice@example.com");
        assertThat(t.admit(ip("203.0.113.1"), "alice@EXAMPLE.com")).isTrue();
        assertThat(slept).containsExactly(Duration.ofSeconds(5));
        t.succeeded(ip("203.0.113.1"), "alice@example.com");
        assertThat(t.admit(ip("203.0.113.2"), "alice@example.com")).isTrue();
        assertThat(slept).hasSize(1);
    }

    @Test
    void ipv6ClientsAreCountedPerSlash64() throws Exception {
        AuthThrottle t = throttle(Map.of("auth.delay", "0"));
        for (int i = 1; i <= 6; i++) t.failed(ip("2001:db8:1:2::" + i), "user" + i + "@example.com");
        assertThat(t.admit(ip("2001:db8:1:2:ffff::1"), "x@example.com")).isFalse();
        assertThat(t.admit(ip("2001:db8:1:3::1"), "x@example.com")).isTrue();
        assertThat(AuthThrottle.addressKey(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void memoryIsBoundedByMaxTracked() throws Exception {
        AuthThrottle t = throttle(Map.of("auth.max_tracked", "100"));
        for (int i = 0; i < 5000; i++) {
            t.failed(ip("10.0." + (i / 256) + "." + (i % 256)), "guess" + i + "@example.com" + "x".repeat(1000));
        }
        assertThat(t.tracked()).isEqualTo(200);
    }

    @Test
    void expiredEntriesAreSwept() throws Exception {
        AuthThrottle t = throttle(Map.of());
        for (int i = 0; i < 50; i++) t.failed(ip("10.1.0." + i), "a@example.com");
        now = now.plus(Duration.ofHours(1));
        for (int i = 0; i < 1100; i++) t.admit(ip("10.2.0.1"), "b@example.com");
        assertThat(t.tracked()).isZero();
    }
}
