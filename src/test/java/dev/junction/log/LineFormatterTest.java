package dev.junction.log;

import dev.junction.config.Config;
import dev.junction.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineFormatterTest {

    @TempDir
    Path dir;

    @AfterEach
    void restoreLogging() throws Exception {
        LogManager.getLogManager().readConfiguration();
    }

    private static LogRecord record(Level level, String message, Throwable thrown) {
        LogRecord r = new LogRecord(level, message);
        r.setInstant(Instant.parse("2026-11-29T20:00:00.123Z"));
        r.setLoggerName("junction.mail");
        r.setThrown(thrown);
        return r;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SEVERE  | 2026-11-29T20:00:00.123Z ERROR junction.mail 4F2A: delivered
            WARNING | 2026-11-29T20:00:00.123Z WARN  junction.mail 4F2A: delivered
            INFO    | 2026-11-29T20:00:00.123Z INFO  junction.mail 4F2A: delivered
            FINE    | 2026-11-29T20:00:00.123Z DEBUG junction.mail 4F2A: delivered
            FINEST  | 2026-11-29T20:00:00.123Z TRACE junction.mail 4F2A: delivered
            """)
    void formatsOneLine(String level, String expected) {
        String line = new LineFormatter(Level.INFO).format(record(Level.parse(level), "4F2A: delivered", null));
        assertThat(line).isEqualTo(expected + System.lineSeparator());
    }

    @Test
    void lineBreaksInMessagesAreFlattened() {
        String line = new LineFormatter(Level.INFO).format(record(Level.INFO, "helo=evil\r\n2026 INFO forged", null));
        assertThat(line.strip()).doesNotContain("\n").endsWith("helo=evil 2026 INFO forged");
    }

    @Test
    void warningsSummariseExceptionsUnlessDebugging() {
        Exception e = new IllegalStateException("disk full");
        assertThat(new LineFormatter(Level.INFO).format(record(Level.WARNING, "store failed", e)).strip())
                .endsWith("store failed: java.lang.IllegalStateException: disk full")
                .doesNotContain("\tat ");
        assertThat(new LineFormatter(Level.FINE).format(record(Level.WARNING, "store failed", e))).contains("\tat ");
        assertThat(new LineFormatter(Level.INFO).format(record(Level.SEVERE, "store failed", e))).contains("\tat ");
    }

    @Test
    void setupWritesToTheConfiguredFile() throws Exception {
        Path file = dir.resolve("logs/junction.log");
        LogSetup.configure(Config.of(Map.of("log.file", file.toString(), "log.level", "warn")));
        Logger.getLogger("junction.test").info("not logged");
        Logger.getLogger("junction.test").warning("logged");
        for (var h : Logger.getLogger("").getHandlers()) h.flush();
        assertThat(Files.readString(file)).doesNotContain("not logged").containsPattern("Z WARN  junction.test logged");
    }

    @Test
    void badLevelIsAConfigError() {
        assertThatThrownBy(() -> LogSetup.configure(Config.of(Map.of("log.level", "loud"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("log.level: 'loud' is not a level");
    }
}
