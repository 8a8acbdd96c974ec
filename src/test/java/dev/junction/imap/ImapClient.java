package dev.junction.imap;

import dev.junction.testing.TranscriptClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IMAP transcript client: the shared transcript syntax, plus a command that collects every
 * line up to its tagged response (literals are read as lines, so keep them short in tests).
 */
final class ImapClient extends TranscriptClient<ImapClient> {

    private int tags;

    ImapClient(int port, boolean implicitTls) throws IOException {
        super(port, implicitTls);
    }

    /** The greeting, then LOGIN. */
    ImapClient login(String user, String password) throws IOException {
        return run("""
                S: \\* OK \\[CAPABILITY .*\\] .*
                C: a0 LOGIN %s %s
                S: a0 OK \\[CAPABILITY .*\\] Logged in
                """.formatted(user, password));
    }

    /**
     * Sends a command with a fresh tag and returns every line the server sent up to and including
     * the tagged response, which is the last element.
     */
    List<String> command(String command) throws IOException {
        String tag = "t" + ++tags;
        send(tag + " " + command);
        return untilTagged(tag);
    }

    /** {@link #command}, asserting that it ended in OK; returns the untagged lines only. */
    List<String> ok(String command) throws IOException {
        List<String> lines = command(command);
        assertThat(lines.getLast()).as("reply to " + command).matches("t\\d+ OK.*");
        return lines.subList(0, lines.size() - 1);
    }

    /** Reads lines until the one tagged {@code tag}. */
    List<String> untilTagged(String tag) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = readLine();
            assertThat(line).as("server line before the tagged " + tag + " reply, after " + lines).isNotNull();
            lines.add(line);
        } while (!line.startsWith(tag + " "));
        return lines;
    }
}
