package dev.junction.delivery.smtp;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server for tests: records each transaction, replies as told per RCPT address, and
 * announces the extensions it is given. Loopback, ephemeral port.
 */
final class SinkServer implements AutoCloseable {

    /** One received transaction. */
    record Transaction(String helo, String mailFrom, List<String> rcptTo, String data, boolean tls, String authUser, boolean bdat) {
    }

    final List<Transaction> transactions = new CopyOnWriteArrayList<>();
    final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    volatile List<String> extensions = List.of("PIPELINING", "8BITMIME");
    volatile boolean refuseEhlo;
    volatile String greeting = "220 sink.test ESMTP";
    volatile String dataReply = "250 2.0.0 queued";
    volatile SSLContext tls;
    volatile String password = "secret";

    private final ServerSocket server;

    SinkServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        Session s = new Session();
        try (socket) {
            s.use(socket);
            s.reply(greeting);
            if (!greeting.startsWith("2")) return;
            String line;
            while ((line = s.readLine()) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO ") && !refuseEhlo) {
                    s.helo = line.substring(5);
                    List<String> ext = new ArrayList<>(extensions);
                    if (tls != null && !s.tls) ext.add("STARTTLS");
                    StringBuilder b = new StringBuilder("250-sink.test hello");
                    for (String e : ext) b.append("\r\n250-").append(e);
                    int last = b.lastIndexOf("250-");
                    b.setCharAt(last + 3, ' ');
                    s.reply(b.toString());
                } else if (upper.startsWith("EHLO ")) {
                    s.reply("502 5.5.1 EHLO not implemented");
                } else if (upper.startsWith("HELO ")) {
                    s.helo = line.substring(5);
                    s.reply("250 sink.test");
                } else if (upper.equals("STARTTLS")) {
                    s.reply("220 2.0.0 go ahead");
                    SSLSocket t = (SSLSocket) tls.getSocketFactory().createSocket(socket, null, socket.getPort(), false);
                    t.setUseClientMode(false);
                    t.startHandshake();
                    s.use(t);
                    s.tls = true;
                } else if (upper.startsWith("AUTH PLAIN ")) {
                    String[] parts = new String(Base64.getDecoder().decode(line.substring(11)), StandardCharsets.UTF_8).split("\0");
                    s.auth(parts[1], parts[2]);
                } else if (upper.equals("AUTH LOGIN")) {
                    s.reply("334 VXNlcm5hbWU6");
                    String user = new String(Base64.getDecoder().decode(s.readLine()), StandardCharsets.UTF_8);
                    s.reply("334 UGFzc3dvcmQ6");
                    s.auth(user, new String(Base64.getDecoder().decode(s.readLine()), StandardCharsets.UTF_8));
                } else if (upper.startsWith("MAIL FROM:")) {
                    s.mailFrom = line.substring(10);
                    s.rcpts.clear();
                    s.reply("250 2.1.0 ok");
                } else if (upper.startsWith("RCPT TO:")) {
                    String arg = line.substring(8);
                    String addr = arg.substring(1, arg.indexOf('>'));
                    String reply = rcptReplies.getOrDefault(addr, "250 2.1.5 ok");
                    if (reply.startsWith("2")) s.rcpts.add(arg);
                    s.reply(reply);
                } else if (upper.equals("DATA")) {
                    s.reply("354 go ahead");
                    String data = s.readData();
                    s.finish(data, false);
                } else if (upper.startsWith("BDAT ")) {
                    String[] p = line.split(" ");
                    s.chunks.write(s.in.readNBytes(Integer.parseInt(p[1])));
                    if (p.length > 2) {
                        s.finish(s.chunks.toString(StandardCharsets.UTF_8), true);
                        s.chunks.reset();
                    } else {
                        s.reply("250 2.0.0 chunk ok");
                    }
                } else if (upper.equals("RSET")) {
                    s.rcpts.clear();
                    s.reply("250 2.0.0 ok");
                } else if (upper.equals("QUIT")) {
                    s.reply("221 2.0.0 bye");
                    return;
                } else {
                    s.reply("500 5.5.2 unknown command");
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away; the test looks at what was recorded
        }
    }

    private final class Session {
        InputStream in;
        OutputStream out;
        boolean tls;
        String helo;
        String mailFrom;
        String authUser;
        final List<String> rcpts = new ArrayList<>();
        final ByteArrayOutputStream chunks = new ByteArrayOutputStream();

        void use(Socket s) throws IOException {
            in = new BufferedInputStream(s.getInputStream());
            out = s.getOutputStream();
        }

        void reply(String text) throws IOException {
            out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void auth(String user, String pass) throws IOException {
            if (pass.equals(password)) {
                authUser = user;
                reply("235 2.7.0 authenticated");
            } else {
                reply("535 5.7.8 bad credentials");
            }
        }

        void finish(String data, boolean bdat) throws IOException {
            transactions.add(new Transaction(helo, mailFrom, List.copyOf(rcpts), data, tls, authUser, bdat));
            reply(dataReply);
        }

        String readLine() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) return null;
                if (c != '\r') b.write(c);
            }
            return b.toString(StandardCharsets.UTF_8);
        }

        /** Reads DATA content up to the lone dot, undoing dot-stuffing; lines end CRLF. */
        String readData() throws IOException {
            StringBuilder b = new StringBuilder();
            String line;
            while ((line = readLine()) != null && !line.equals(".")) {
                b.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
            }
            return b.toString();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
