package dev.junction.smtp;

import dev.junction.testing.TranscriptClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP transcript client: the shared transcript syntax plus EHLO and multi-line replies.
 */
final class SmtpClient extends TranscriptClient<SmtpClient> {

    /** The start of most transcripts: the greeting and a HELO. */
    static final String GREETED = """
            S: 220 .*
            C: HELO client.example
            S: 250 .*
            """;

    SmtpClient(int port, boolean implicitTls) throws IOException {
        super(port, implicitTls);
    }

    /** Reads the greeting, says EHLO client.example and reads the whole extension list. */
    SmtpClient ehlo() throws IOException {
        expect("220 .*");
        send("EHLO client.example");
        reply();
        return this;
    }

    /** Reads one whole (possibly multi-line) reply. */
    List<String> reply() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = readLine();
            assertThat(line).as("server line").isNotNull();
            lines.add(line);
        } while (line.length() > 3 && line.charAt(3) == '-');
        return lines;
    }
}
