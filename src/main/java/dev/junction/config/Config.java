package dev.junction.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective node configuration: every registered setting with its value from the file,
 * an override, or its default. Loading checks every line and reports all bad keys at once.
 */
public final class Config {

    private final Map<String, Object> values;
    private final Map<String, String> sources;

    private Config(Map<String, Object> values, Map<String, String> sources) {
        this.values = values;
        this.sources = sources;
    }

    /** Every setting at its default. */
    public static Config defaults() {
        return build(Map.of(), "default");
    }

    /**
     * Reads {@code key = value} lines ('#' starts a comment) from the file, if it exists, then
     * applies the overrides (used by tests and command-line flags).
     */
    public static Config load(Path file, Map<String, String> overrides) {
        Map<String, String> text = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        if (file != null && Files.exists(file)) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    int eq = line.indexOf('=');
                    if (eq <= 0) {
                        errors.add(file + ":" + (i + 1) + ": expected 'key = value'");
                        continue;
                    }
                    text.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            } catch (IOException e) {
                throw new ConfigException(List.of("cannot read " + file + ": " + e.getMessage()));
            }
        }
        text.putAll(overrides);
        Map<String, Object> values = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (Map.Entry<String, String> e : text.entrySet()) {
            Setting<?> s = SettingsRegistry.find(e.getKey());
            if (s == null) {
                errors.add(e.getKey() + ": unknown setting");
                continue;
            }
            try {
                values.put(s.key(), s.parse(e.getValue()));
                sources.put(s.key(), overrides.containsKey(e.getKey()) ? "override" : String.valueOf(file));
            } catch (IllegalArgumentException ex) {
                errors.add(ex.getMessage());
            }
        }
        if (!errors.isEmpty()) throw new ConfigException(errors);
        return build(values, sources);
    }

    /** Every setting at its default except the given overrides (tests). */
    public static Config of(Map<String, String> overrides) {
        return load(null, overrides);
    }

    private static Config build(Map<String, Object> given, Object sourceOrMap) {
        Map<String, Object> values = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (Setting<?> s : SettingsRegistry.all()) {
            if (given.containsKey(s.key())) {
                values.put(s.key(), given.get(s.key()));
                @SuppressWarnings("unchecked")
                Map<String, String> src = sourceOrMap instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
                sources.put(s.key(), src.getOrDefault(s.key(), "default"));
            } else {
                values.put(s.key(), s.defaultValue());
                sources.put(s.key(), "default");
            }
        }
        return new Config(values, sources);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        Object v = values.get(setting.key());
        if (v == null && !values.containsKey(setting.key())) {
            throw new IllegalStateException("setting not registered: " + setting.key());
        }
        return (T) v;
    }

    /** Where the value came from: "default", "override" or the file name. */
    public String source(Setting<?> setting) {
        return sources.getOrDefault(setting.key(), "default");
    }
}
