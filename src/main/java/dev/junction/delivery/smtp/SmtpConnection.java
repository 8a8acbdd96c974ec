package dev.junction.delivery.smtp;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One TCP (or TLS) connection to an SMTP server: writes command lines and reads replies.
 * Replies are untrusted: a line longer than {@value #MAX_LINE} bytes, more than
 * {@value #MAX_LINES} lines or a malformed code ends the connection with an IOException.
 */
final class SmtpConnection implements Closeable {

    static final int MAX_LINE = 4096;
    static final int MAX_LINES = 200;

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private SmtpConnection(Socket socket) throws IOException {
        use(socket);
    }

    /** Connects; with a TLS factory, the connection starts with a TLS handshake (implicit TLS). */
    static SmtpConnection open(InetSocketAddress address, String hostName, SSLSocketFactory implicitTls, boolean verifyHost,
                               Duration connectTimeout, Duration commandTimeout) throws IOException {
        Socket s = new Socket();
        try {
            s.connect(address, Math.toIntExact(connectTimeout.toMillis()));
            s.setSoTimeout(Math.toIntExact(commandTimeout.toMillis()));
            SmtpConnection c = new SmtpConnection(s);
            if (implicitTls != null) c.startTls(implicitTls, hostName, verifyHost);
            return c;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private void use(Socket s) throws IOException {
        this.socket = s;
        this.in = new BufferedInputStream(s.getInputStream());
        this.out = new BufferedOutputStream(s.getOutputStream(), 65536);
    }

    /** Layers TLS over the connection (after STARTTLS was accepted, or at once for implicit TLS). */
    void startTls(SSLSocketFactory factory, String hostName, boolean verifyHost) throws IOException {
        SSLSocket tls = (SSLSocket) factory.createSocket(socket, hostName, socket.getPort(), true);
        if (verifyHost) {
            SSLParameters p = tls.getSSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(p);
        }
        tls.setUseClientMode(true);
        tls.startHandshake();
        use(tls);
    }

    boolean isTls() {
        return socket instanceof SSLSocket;
    }

    Reply command(String line) throws IOException {
        send(line);
        return read();
    }

    void send(String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\r');
        out.write('\n');
        out.flush();
    }

    /** The stream for message content; flush before reading the reply. */
    OutputStream output() {
        return out;
    }

    Reply read() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = readLine();
            if (line.length() < 3 || !Character.isDigit(line.charAt(0)) || !Character.isDigit(line.charAt(1))
                    || !Character.isDigit(line.charAt(2)) || (line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-')) {
                throw new ProtocolException("malformed reply: " + abbreviate(line));
            }
            int code = Integer.parseInt(line.substring(0, 3));
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (line.length() == 3 || line.charAt(3) == ' ') return new Reply(code, lines);
            if (lines.size() >= MAX_LINES) throw new ProtocolException("reply has too many lines");
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) throw new IOException("connection closed by server");
            if (b.size() >= MAX_LINE) throw new ProtocolException("reply line too long");
            b.write(c);
        }
        String s = b.toString(StandardCharsets.UTF_8);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the connection is being dropped anyway
        }
    }
}
