package dev.junction.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed docs must be exactly what the registry generates. */
class ConfigReferenceTest {

    @Test
    void docsConfigurationMdMatchesTheRegistry() throws Exception {
        assertThat(Files.readString(Path.of("docs/configuration.md")))
                .as("docs/configuration.md is out of date: run `%s`", ConfigReference.REGENERATE)
                .isEqualTo(ConfigReference.markdown());
    }

    @Test
    void exampleConfigMatchesTheRegistry() throws Exception {
        assertThat(Files.readString(Path.of("junction.conf.example")))
                .as("junction.conf.example is out of date: run `%s`", ConfigReference.REGENERATE_EXAMPLE)
                .isEqualTo(ConfigReference.example());
    }

    @Test
    void everySettingAppearsOnceInTheReference() {
        String md = ConfigReference.markdown();
        for (Setting<?> s : SettingsRegistry.all()) {
            assertThat(md).containsOnlyOnce("| `" + s.key() + "` |");
        }
    }

    @Test
    void uncommentedExampleLoadsAsTheDefaults(@TempDir Path dir) throws Exception {
        String uncommented = ConfigReference.example().lines()
                .map(l -> l.matches("#[a-z0-9_]+\\.[a-z0-9_.]+ =.*") ? l.substring(1) : l)
                .reduce("", (a, l) -> a + l + "\n");
        Path file = Files.writeString(dir.resolve("junction.conf"), uncommented);
        Config loaded = Config.load(file, Map.of());
        Config defaults = Config.defaults();
        for (Setting<?> s : SettingsRegistry.all()) {
            assertThat((Object) loaded.get(s)).as(s.key()).isEqualTo(defaults.get(s));
            assertThat(loaded.source(s)).isEqualTo(file.toString());
        }
    }

    @Test
    void boundsAreWrittenInTheKindsUnit() {
        assertThat(ConfigReference.bounds(Setting.bounded("x.size", SettingKind.SIZE, "1M", 1024, 1L << 30, "d"))).isEqualTo("1K .. 1G");
        assertThat(ConfigReference.bounds(Setting.bounded("x.time", SettingKind.DURATION, "5m", 1000, Long.MAX_VALUE, "d"))).startsWith("1s .. ");
        assertThat(ConfigReference.bounds(Setting.of("x.s", SettingKind.STRING, "", "d"))).isEmpty();
    }
}
