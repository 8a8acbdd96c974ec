package dev.junction.log;

import java.util.Locale;
import java.util.logging.Level;

/** The level names operators write (ERROR, WARN, INFO, DEBUG, TRACE) mapped onto java.util.logging. */
final class LogLevels {

    private LogLevels() {
    }

    static Level parse(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "ERROR", "SEVERE" -> Level.SEVERE;
            case "WARN", "WARNING" -> Level.WARNING;
            case "INFO" -> Level.INFO;
            case "DEBUG", "FINE" -> Level.FINE;
            case "TRACE", "FINER", "FINEST", "ALL" -> Level.ALL;
            case "OFF" -> Level.OFF;
            default -> throw new IllegalArgumentException("log.level: '" + text + "' is not a level (ERROR, WARN, INFO, DEBUG, TRACE, OFF)");
        };
    }

    static String name(Level level) {
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) return "ERROR";
        if (v >= Level.WARNING.intValue()) return "WARN";
        if (v >= Level.INFO.intValue()) return "INFO";
        if (v >= Level.FINE.intValue()) return "DEBUG";
        return "TRACE";
    }
}
