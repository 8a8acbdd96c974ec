package dev.junction.net;

import dev.junction.tls.TlsContexts;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;

/**
 * One client connection of a line protocol, the same for SMTP, POP3 and IMAP: reads time out
 * after the idle timeout, replies are buffered and every write that reaches the socket is bounded
 * by the {@link WriteWatchdog}, and {@link #startTls} (STARTTLS, STLS, or an implicit TLS port)
 * replaces both streams with ones over TLS.
 */
public final class Connection {

    private final Socket raw;
    private final String id;
    private final WriteWatchdog watchdog;
    private final int idleMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private SSLSession tls;
    private volatile boolean handshaking;

    public Connection(Socket socket, String id, WriteWatchdog watchdog, Duration idleTimeout) throws IOException {
        this.raw = socket;
        this.socket = socket;
        this.id = id;
        this.watchdog = watchdog;
        this.idleMillis = (int) idleTimeout.toMillis();
        socket.setSoTimeout(idleMillis);
        // Replies are buffered and flushed whole, so Nagle's algorithm only delays the last part of a
        // reply longer than the buffer until the client's delayed ACK (~40 ms on Linux).
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = output(socket);
    }

    /** The current input: read it anew after {@link #startTls}. */
    public InputStream in() {
        return in;
    }

    /** The current buffered, watchdog-bounded output: fetch it anew after {@link #startTls}. */
    public OutputStream out() {
        return out;
    }

    /** The TLS session, or null on a plain connection. */
    public SSLSession tls() {
        return tls;
    }

    /** True while the TLS handshake runs: the client expects TLS records, not a protocol reply. */
    public boolean handshaking() {
        return handshaking;
    }

    /** Runs the server side of a TLS handshake (bounded like a write) and switches the streams to it. */
    public void startTls(SSLContext context) throws IOException {
        handshaking = true;
        SSLSocket s = TlsContexts.startTls(context, socket);
        s.setSoTimeout(idleMillis);
        watchdog.bound(raw, id, s::startHandshake);
        socket = s;
        in = s.getInputStream();
        out = output(s);
        tls = s.getSession();
        handshaking = false;
    }

    public void close() throws IOException {
        socket.close();
    }

    private OutputStream output(Socket s) throws IOException {
        return new BufferedOutputStream(watchdog.guard(s.getOutputStream(), raw, id), 8192);
    }
}
