package dev.junction.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * One line per record: {@code 2026-11-29T20:00:00.123Z INFO  junction.mail 4F2A: delivered ...}.
 * Line breaks inside a message become spaces so that a hostile header cannot forge log lines.
 * A stack trace follows only for ERROR records or when the log level is DEBUG or finer;
 * otherwise the exception is summarised at the end of the line.
 */
public final class LineFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final boolean traces;

    /** @param threshold the configured level; at FINE or below every exception gets its trace */
    public LineFormatter(Level threshold) {
        this.traces = threshold.intValue() <= Level.FINE.intValue();
    }

    @Override
    public String format(LogRecord r) {
        StringBuilder b = new StringBuilder(160);
        TIME.formatTo(r.getInstant(), b);
        b.append(' ');
        String level = LogLevels.name(r.getLevel());
        b.append(level).append(" ".repeat(Math.max(1, 6 - level.length())));
        b.append(r.getLoggerName() == null ? "-" : r.getLoggerName()).append(' ');
        b.append(oneLine(formatMessage(r)));
        Throwable t = r.getThrown();
        if (t != null && (traces || r.getLevel().intValue() >= Level.SEVERE.intValue())) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            b.append(System.lineSeparator()).append(trace.toString().stripTrailing());
        } else if (t != null) {
            b.append(": ").append(oneLine(String.valueOf(t)));
        }
        return b.append(System.lineSeparator()).toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
    }
}
