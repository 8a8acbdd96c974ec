package dev.junction.testing;

import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A raw-socket client for protocol transcripts (SMTP, POP3, IMAP): {@code C: } lines are sent
 * with CRLF ({@code C:} alone sends an empty line), {@code S: } lines are regular expressions the
 * next server line must match in full ({@code S:} alone: an empty line), {@code TLS} upgrades the
 * connection, blank lines are ignored. Each protocol's client adds its reply shapes.
 */
public abstract class TranscriptClient<C extends TranscriptClient<C>> implements AutoCloseable {

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    protected TranscriptClient(int port, boolean implicitTls) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(20_000);
        if (implicitTls) tls();
        else streams();
    }

    @SuppressWarnings("unchecked")
    private C self() {
        return (C) this;
    }

    private void streams() throws IOException {
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Upgrades the connection (after the server's go-ahead, or at once on an implicit TLS port). */
    public void tls() throws IOException {
        SSLSocket s = (SSLSocket) TestTls.CLIENT.getSocketFactory().createSocket(socket, "mx.test", socket.getPort(), true);
        s.setUseClientMode(true);
        s.startHandshake();
        socket = s;
        streams();
    }

    public String tlsProtocol() {
        return ((SSLSocket) socket).getSession().getProtocol();
    }

    public C run(String transcript) throws IOException {
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
        return self();
    }

    /** The base64 of a text, as AUTH sends it. */
    public static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A SASL PLAIN initial response (RFC 4616) with no authorisation identity. */
    public static String plain(String login, String password) {
        return b64("\0" + login + "\0" + password);
    }

    public void send(String line) throws IOException {
        write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public void expect(String regex) throws IOException {
        assertThat(readLine()).as("server line").isNotNull().matches(regex);
    }

    /** One line without CRLF, or null at the end of the stream. */
    public String readLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') b.write(c);
        if (c < 0 && b.size() == 0) return null;
        String s = b.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /** Copies exactly {@code n} octets from the server to {@code to} (a literal's content). */
    public void readBytes(long n, OutputStream to) throws IOException {
        byte[] buffer = new byte[65536];
        long left = n;
        while (left > 0) {
            int got = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            assertThat(got).as("octets before the end of the stream, " + left + " missing").isPositive();
            to.write(buffer, 0, got);
            left -= got;
        }
    }

    /** True when the server has closed the connection (reads end of stream, or a reset). */
    public boolean closedByServer() {
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
