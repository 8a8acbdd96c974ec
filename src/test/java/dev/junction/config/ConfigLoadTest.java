package dev.junction.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConfigLoadTest {

    @TempDir
    Path dir;

    @Test
    void everyBadKeyIsReportedAtOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("junction.conf"), """
                # a comment
                node.hostname = mx.example.com
                this line has no equals sign
                smtp.colour = blue
                admin.listen = somewhere:99999
                """);

        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> Config.load(file, Map.of("admin.lisen", "127.0.0.1:1")));

        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).isEqualTo(file + ":3: expected 'key = value'"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).isEqualTo("smtp.colour: unknown setting"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("admin.listen: 'somewhere:99999' is not a listen address"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).isEqualTo("admin.lisen: unknown setting"));
        assertThat(e.getMessage()).contains("smtp.colour").contains("admin.listen").contains("admin.lisen");
    }

    @Test
    void sourcesNameTheDefaultTheFileOrTheOverride() throws Exception {
        Path file = Files.writeString(dir.resolve("junction.conf"), "node.hostname = mx.example.com\nlog.level = DEBUG\n");
        Config config = Config.load(file, Map.of("log.level", "WARN"));

        Map<String, ConfigShow.Row> rows = new java.util.HashMap<>();
        ConfigShow.rows(config).forEach(r -> rows.put(r.key(), r));

        assertThat(rows.get("node.hostname")).isEqualTo(new ConfigShow.Row("node.hostname", "mx.example.com", file.toString()));
        assertThat(rows.get("log.level")).isEqualTo(new ConfigShow.Row("log.level", "WARN", "override"));
        assertThat(rows.get("admin.listen")).isEqualTo(new ConfigShow.Row("admin.listen", "127.0.0.1:2080", "default"));
    }

    @Test
    void secretsAreNeverShown() {
        Config config = Config.of(Map.of("relay.smarthost_password", "hunter2"));
        assertThat(ConfigShow.rows(config)).filteredOn(r -> r.key().equals("relay.smarthost_password")).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("(set, hidden)"));
        assertThat(ConfigShow.rows(config)).noneSatisfy(r -> assertThat(r.value()).contains("hunter2"));
        assertThat(config.get(dev.junction.delivery.smtp.OutboundSettings.SMARTHOST_PASSWORD)).isEqualTo("hunter2");
    }

    @Test
    void sizesAndDurationsAreShownAsWritten() {
        assertThat(ConfigShow.display(SettingKind.SIZE, 25L << 20)).isEqualTo("25M");
        assertThat(ConfigShow.display(SettingKind.DURATION, java.time.Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(ConfigShow.display(SettingKind.LIST, java.util.List.of("a", "b"))).isEqualTo("a, b");
    }
}
