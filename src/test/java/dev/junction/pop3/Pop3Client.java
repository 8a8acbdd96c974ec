package dev.junction.pop3;

import dev.junction.testing.TranscriptClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The POP3 transcript client: the shared transcript syntax plus login and multi-line bodies.
 */
final class Pop3Client extends TranscriptClient<Pop3Client> {

    Pop3Client(int port, boolean implicitTls) throws IOException {
        super(port, implicitTls);
    }

    /** The greeting, then USER/PASS as the given user (over TLS when the client is on it). */
    Pop3Client login(String user, String password) throws IOException {
        return run("""
                S: \\+OK .*
                C: USER %s
                S: \\+OK
                C: PASS %s
                S: \\+OK Logged in, .*
                """.formatted(user, password));
    }

    /** The lines of a multi-line response body, up to (without) the terminating ".", as sent. */
    List<String> body() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while (!(line = readLine()).equals(".")) lines.add(line);
        return lines;
    }
}
