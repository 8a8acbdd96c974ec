package dev.junction.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The types a setting can have, each with its parser. Sizes accept K/M/G suffixes (powers of
 * 1024), durations accept ms/s/m/h/d suffixes, lists are comma separated.
 */
public final class SettingKind<T> {

    public static final SettingKind<String> STRING = new SettingKind<>("string", s -> s, s -> 0L, String::valueOf);
    /** A password or key: a string that listings show only as set or not. */
    public static final SettingKind<String> SECRET = new SettingKind<>("secret", s -> s, s -> 0L, String::valueOf);
    public static final SettingKind<Integer> INT = new SettingKind<>("integer", SettingKind::parseInt, Integer::longValue, String::valueOf);
    public static final SettingKind<Boolean> BOOLEAN = new SettingKind<>("boolean", SettingKind::parseBoolean, b -> 0L, String::valueOf);
    public static final SettingKind<Long> SIZE = new SettingKind<>("size", SettingKind::parseSize, Long::longValue, SettingKind::formatSize);
    public static final SettingKind<Duration> DURATION = new SettingKind<>("duration", SettingKind::parseDuration, Duration::toMillis, SettingKind::formatMillis);
    public static final SettingKind<List<String>> LIST = new SettingKind<>("list", SettingKind::parseList, List::size, String::valueOf);
    public static final SettingKind<Path> PATH = new SettingKind<>("path", s -> Path.of(s), p -> 0L, String::valueOf);
    /** host:port, or :port / port alone for all addresses; "off" disables a listener. */
    public static final SettingKind<Listen> LISTEN = new SettingKind<>("listen", Listen::parse, l -> 0L, String::valueOf);

    private final String name;
    private final Function<String, T> parser;
    private final ToLongFunction<T> measure;
    private final Function<Long, String> boundFormat;

    private SettingKind(String name, Function<String, T> parser, ToLongFunction<T> measure, Function<Long, String> boundFormat) {
        this.name = name;
        this.parser = parser;
        this.measure = measure;
        this.boundFormat = boundFormat;
    }

    public String name() {
        return name;
    }

    /** Parses a value of this kind without bounds (the CLI uses it for sizes such as 1G). */
    public T parse(String text) {
        return parser.apply(text);
    }

    long measure(T value) {
        return measure.applyAsLong(value);
    }

    /** Writes a number in this kind's unit the way the configuration file does (25M, 5m). */
    public String format(long bound) {
        return boundFormat.apply(bound);
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not an integer");
        }
    }

    private static boolean parseBoolean(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("'" + s + "' is not a boolean (true/false)");
        };
    }

    static long parseSize(String s) {
        String t = s.toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("B")) t = t.substring(0, t.length() - 1);
        if (t.endsWith("K")) unit = 1L << 10;
        else if (t.endsWith("M")) unit = 1L << 20;
        else if (t.endsWith("G")) unit = 1L << 30;
        if (unit != 1) t = t.substring(0, t.length() - 1);
        try {
            return Math.multiplyExact(Long.parseLong(t.strip()), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + s + "' is not a size (e.g. 512, 64K, 25M, 1G)");
        }
    }

    static String formatSize(long n) {
        if (n != 0 && n % (1L << 30) == 0) return n / (1L << 30) + "G";
        if (n != 0 && n % (1L << 20) == 0) return n / (1L << 20) + "M";
        if (n != 0 && n % (1L << 10) == 0) return n / (1L << 10) + "K";
        return Long.toString(n);
    }

    static Duration parseDuration(String s) {
        String t = s.toLowerCase(Locale.ROOT).strip();
        try {
            if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
            long n = Character.isDigit(last) ? Long.parseLong(t) : Long.parseLong(t.substring(0, t.length() - 1));
            return switch (last) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> {
                    if (Character.isDigit(last)) yield Duration.ofSeconds(n);
                    throw new NumberFormatException();
                }
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + s + "' is not a duration (e.g. 500ms, 30s, 5m, 4h, 5d)");
        }
    }

    static String formatMillis(long ms) {
        if (ms % 86_400_000 == 0 && ms != 0) return ms / 86_400_000 + "d";
        if (ms % 3_600_000 == 0 && ms != 0) return ms / 3_600_000 + "h";
        if (ms % 60_000 == 0 && ms != 0) return ms / 60_000 + "m";
        if (ms % 1000 == 0) return ms / 1000 + "s";
        return ms + "ms";
    }

    private static List<String> parseList(String s) {
        if (s.isBlank()) return List.of();
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
