package dev.junction.imap;

import dev.junction.testing.TranscriptClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IMAP transcript client: the shared transcript syntax, plus a command that collects every
 * line up to its tagged response (literals are read as lines, so keep them short there) and one
 * that reads literals by their length.
 */
final class ImapClient extends TranscriptClient<ImapClient> {

    private static final Pattern LITERAL = Pattern.compile("~?\\{(\\d+)}$");

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

    /**
     * {@link #command}, reading literals by their length: each response is one string with its
     * literals inside, e.g. {@code * 1 FETCH (BODY[] {5}\r\nhello)}; octets are read as UTF-8.
     */
    List<String> responses(String command) throws IOException {
        String tag = "t" + ++tags;
        send(tag + " " + command);
        List<String> responses = new ArrayList<>();
        String response;
        do {
            response = response();
            responses.add(response);
        } while (!response.startsWith(tag + " "));
        return responses;
    }

    /** One response, its literals read by length and kept inline. */
    String response() throws IOException {
        StringBuilder out = new StringBuilder();
        while (true) {
            String line = readLine();
            assertThat(line).as("server line after " + out).isNotNull();
            out.append(line);
            Matcher literal = LITERAL.matcher(line);
            if (!literal.find()) return out.toString();
            ByteArrayOutputStream octets = new ByteArrayOutputStream();
            readBytes(Long.parseLong(literal.group(1)), octets);
            out.append("\r\n").append(octets.toString(StandardCharsets.UTF_8));
        }
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
