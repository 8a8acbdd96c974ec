package dev.junction.config;

import java.util.Objects;

/**
 * One setting of the node-local configuration file: declared once, typed, with a default,
 * optional bounds and a one-line description. docs/configuration.md is generated from these.
 *
 * @param key         dotted name used in junction.conf, e.g. {@code smtp.max_message_size}
 * @param kind        how the text value is parsed and printed
 * @param defaultText the default, written as it would appear in the file ("" for none)
 * @param min         lower bound (inclusive) in the kind's unit, or null
 * @param max         upper bound (inclusive) in the kind's unit, or null
 * @param description one line for the reference
 */
public record Setting<T>(String key, SettingKind<T> kind, String defaultText, Long min, Long max, String description) {

    public Setting {
        Objects.requireNonNull(key);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(defaultText);
        Objects.requireNonNull(description);
    }

    public static <T> Setting<T> of(String key, SettingKind<T> kind, String defaultText, String description) {
        return new Setting<>(key, kind, defaultText, null, null, description);
    }

    public static <T> Setting<T> bounded(String key, SettingKind<T> kind, String defaultText, long min, long max, String description) {
        return new Setting<>(key, kind, defaultText, min, max, description);
    }

    /** Parses and bounds-checks a value; the message names the key. */
    public T parse(String text) {
        T value;
        try {
            value = kind.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage());
        }
        if (min != null || max != null) {
            long n = kind.measure(value);
            if (min != null && n < min) {
                throw new IllegalArgumentException(key + ": " + text.strip() + " is below the minimum " + kind.format(min));
            }
            if (max != null && n > max) {
                throw new IllegalArgumentException(key + ": " + text.strip() + " is above the maximum " + kind.format(max));
            }
        }
        return value;
    }

    public T defaultValue() {
        return parse(defaultText);
    }
}
