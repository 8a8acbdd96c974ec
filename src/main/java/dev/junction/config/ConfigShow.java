package dev.junction.config;

import java.time.Duration;
import java.util.List;

/** The effective value of every setting and where it came from: default, the file, or an override. */
public final class ConfigShow {

    private ConfigShow() {
    }

    public record Row(String key, String value, String source) {
    }

    public static List<Row> rows(Config config) {
        return SettingsRegistry.all().stream().map(s -> row(config, s)).toList();
    }

    private static <T> Row row(Config config, Setting<T> s) {
        return new Row(s.key(), display(s.kind(), config.get(s)), config.source(s));
    }

    /** A value written the way the file would take it back (25M, 5m, a, b). */
    static <T> String display(SettingKind<T> kind, T value) {
        if (kind == SettingKind.SECRET) return ((String) value).isEmpty() ? "" : "(set, hidden)";
        if (value instanceof Duration d) return kind.format(d.toMillis());
        if (kind == SettingKind.SIZE) return kind.format((Long) value);
        if (value instanceof List<?> list) return String.join(", ", list.stream().map(String::valueOf).toList());
        return String.valueOf(value);
    }
}
