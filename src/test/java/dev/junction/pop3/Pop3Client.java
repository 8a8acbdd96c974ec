package dev.junction.pop3;

import dev.junction.testing.TestTls;

import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A raw-socket POP3 client for transcript tests: {@code C:} lines are sent, {@code S:} lines (alone: an empty line)
 * are regular expressions each server line must match in full, {@code TLS} upgrades.
 */
final class Pop3Client implements AutoCloseable {

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Pop3Client(int port, boolean implicitTls) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        if (implicitTls) tls();
        else streams();
    }

    private void streams() throws IOException {
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    void tls() throws IOException {
        SSLSocket s = (SSLSocket) TestTls.CLIENT.getSocketFactory().createSocket(socket, "mx.test", socket.getPort(), true);
        s.setUseClientMode(true);
        s.startHandshake();
        socket = s;
        streams();
    }

    Pop3Client run(String transcript) throws IOException {
        for (String line : transcript.strip().split("\n")) {
            line = line.strip();
            if (line.isEmpty()) continue;
            if (line.equals("C:")) send("");
            else if (line.equals("S:")) expect("");
            else if (line.startsWith("C: ")) send(line.substring(3));
            else if (line.startsWith("S: ")) expect(line.substring(3));
            else if (line.equals("TLS")) tls();
            else throw new IllegalArgumentException("bad transcript line: " + line);
        }
        return this;
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

    static String plain(String login, String password) {
        return Base64.getEncoder().encodeToString(("\0" + login + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    void send(String line) throws IOException {
        write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void expect(String regex) throws IOException {
        assertThat(readLine()).as("server line").isNotNull().matches(regex);
    }

    /** The lines of a multi-line response body, up to (without) the terminating ".", as sent. */
    List<String> body() throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while (!(line = readLine()).equals(".")) lines.add(line);
        return lines;
    }

    String readLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') b.write(c);
        if (c < 0 && b.size() == 0) return null;
        String s = b.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    boolean closedByServer() {
        try {
            return readLine() == null;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
