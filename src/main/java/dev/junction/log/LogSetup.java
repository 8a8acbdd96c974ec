package dev.junction.log;

import dev.junction.config.Config;
import dev.junction.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Points java.util.logging (and SLF4J through slf4j-jdk14) at one handler with the one-line
 * format: standard error, or the file named by log.file (appended to, never rotated here:
 * logrotate's copytruncate or the service manager handles rotation).
 */
public final class LogSetup {

    private LogSetup() {
    }

    private static final List<String> LIBRARIES = List.of("com.zaxxer.hikari", "org.flywaydb");
    /** java.util.logging holds loggers weakly; a level set on one that is collected would be lost. */
    private static final List<Logger> KEPT = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Replaces the root logger's handlers; a bad level or an unwritable file is a ConfigException. */
    public static void configure(Config config) {
        Level level;
        try {
            level = LogLevels.parse(config.get(LogSettings.LEVEL));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(List.of(e.getMessage()));
        }
        Handler handler = handler(config.get(LogSettings.FILE));
        handler.setFormatter(new LineFormatter(level));
        handler.setLevel(level);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        root.addHandler(handler);
        // The pool and migration libraries narrate every start at INFO; an operator needs their warnings only.
        for (String library : LIBRARIES) {
            Logger quiet = Logger.getLogger(library);
            quiet.setLevel(level.intValue() < Level.INFO.intValue() ? level : Level.WARNING);
            KEPT.add(quiet);
        }
    }

    private static Handler handler(Path file) {
        if (file.toString().isEmpty()) {
            // ConsoleHandler writes to System.err.
            return new ConsoleHandler();
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            // FileHandler treats % as a pattern escape (%t, %h, %g); a literal % is doubled.
            FileHandler h = new FileHandler(file.toString().replace("%", "%%"), true);
            h.setEncoding("UTF-8");
            return h;
        } catch (IOException e) {
            throw new ConfigException(List.of("log.file: cannot open " + file + ": " + e.getMessage()));
        }
    }
}
