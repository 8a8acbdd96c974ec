package dev.junction.e2e;

import jakarta.mail.Session;
import org.awaitility.core.ConditionTimeoutException;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * What an Angus Mail session sent and read, line by line, from its debug output: the protocol
 * lines both ways plus Angus's own "DEBUG" lines. Lets a test wait for the server's go-ahead
 * (IDLE's continuation) and check what a high-level call sent, e.g. that a search ran on the
 * server rather than falling back to fetching every message.
 */
final class ProtocolTrace extends OutputStream {

    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();

    /** Turns on the session's debug output into a new trace. */
    static ProtocolTrace of(Session session) {
        ProtocolTrace trace = new ProtocolTrace();
        session.setDebugOut(new PrintStream(trace, true, StandardCharsets.UTF_8));
        session.setDebug(true);
        return trace;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            String line = current.toString(StandardCharsets.UTF_8);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            current.reset();
        } else {
            current.write(b);
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized int size() {
        return lines.size();
    }

    /** Waits for a line at or after {@code from} that matches; returns its index. */
    int awaitLine(int from, Predicate<String> wanted) {
        try {
            return await().atMost(TestNode.WAIT).until(() -> find(from, wanted), Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the awaited line did not come; the trace from line " + from + ":\n"
                    + String.join("\n", lines().subList(Math.min(from, size()), size())), e);
        }
    }

    private synchronized Optional<Integer> find(int from, Predicate<String> wanted) {
        for (int i = from; i < lines.size(); i++) {
            if (wanted.test(lines.get(i))) return Optional.of(i);
        }
        return Optional.empty();
    }

    /**
     * The server's tagged reply to the last command the client sent with this verb (e.g.
     * {@code "UID SEARCH"}), or empty when it sent none.
     */
    synchronized Optional<String> replyTo(String verb) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] words = lines.get(i).split(" ", 2);
            if (words.length == 2 && words[0].matches("[A-Z]+\\d+") && words[1].startsWith(verb + " ")) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(j).startsWith(words[0] + " ")) return Optional.of(lines.get(j));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
