package dev.junction.e2e;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Keeps the maillog lines ("queue id: event key=value ...") written while it is open. */
final class MailLogRecorder extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("junction.mail");
    private final List<String> lines = new CopyOnWriteArrayList<>();

    MailLogRecorder() {
        logger.addHandler(this);
    }

    /** Lines about one queue entry. */
    List<String> lines(String queueId) {
        return lines.stream().filter(l -> l.startsWith(queueId + ": ")).toList();
    }

    /** Lines of one event ("delivered", "bounced", ...) that contain every given text. */
    List<String> events(String event, String... containing) {
        return lines.stream().filter(l -> l.contains(": " + event + " "))
                .filter(l -> java.util.Arrays.stream(containing).allMatch(l::contains)).toList();
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(record.getMessage());
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
