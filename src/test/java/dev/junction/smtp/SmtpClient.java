package dev.junction.smtp;

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
 * A raw-socket SMTP client for transcript tests: {@code C:} lines are sent, {@code S:} lines
 * are regular expressions each server line must match in full.
 */
final class SmtpClient implements AutoCloseable {

    /** The start of most transcripts: the greeting and a HELO. */
    static final String GREETED = """
            S: 220 .*
            C: HELO client.example
            S: 250 .*
            """;

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    SmtpClient(int port, boolean implicitTls) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        if (implicitTls) tls();
        else streams();
    }

    private void streams() throws IOException {
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Upgrades the connection (after a 220 to STARTTLS, or at once on the implicit TLS port). */
    void tls() throws IOException {
        SSLSocket s = (SSLSocket) TestTls.CLIENT.getSocketFactory().createSocket(socket, "mx.test", socket.getPort(), true);
        s.setUseClientMode(true);
        s.startHandshake();
        socket = s;
        streams();
    }

    String tlsProtocol() {
        return ((SSLSocket) socket).getSession().getProtocol();
    }

    /**
     * Runs a transcript. Lines starting "C: " are sent with CRLF ("C:" alone sends an empty line), "S: " lines are matched, "TLS"
     * upgrades the connection, blank lines are ignored.
     */
    SmtpClient run(String transcript) throws IOException {
        for (String line : transcript.strip().split("\n")) {
            line = line.strip();
            if (line.isEmpty()) continue;
            if (line.equals("C:")) send("");
            else if (line.startsWith("C: ")) send(line.substring(3));
            else if (line.startsWith("S: ")) expect(line.substring(3));
            else if (line.equals("TLS")) tls();
            else throw new IllegalArgumentException("bad transcript line: " + line);
        }
        return this;
    }

    /** Reads the greeting, says EHLO client.example and reads the whole extension list. */
    SmtpClient ehlo() throws IOException {
        expect("220 .*");
        send("EHLO client.example");
        reply();
        return this;
    }

    /** The base64 of a text, as AUTH sends it. */
    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** An AUTH PLAIN initial response (RFC 4616) with no authorisation identity. */
    static String plain(String login, String password) {
        return b64("\0" + login + "\0" + password);
    }

    void send(String line) throws IOException {
        write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void expect(String regex) throws IOException {
        String line = readLine();
        assertThat(line).as("server line").isNotNull().matches(regex);
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

    /** One line without CRLF, or null at the end of the stream. */
    String readLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') b.write(c);
        if (c < 0 && b.size() == 0) return null;
        String s = b.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** True when the server has closed the connection (reads end of stream, or a reset). */
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
