package dev.junction.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One SMTP client session over a raw socket that sends message after message. A message counts
 * as acknowledged only when the reply to its final dot is 250; any I/O error leaves the
 * session closed and the message unacknowledged (it may or may not have been queued).
 */
final class SmtpSender implements AutoCloseable {

    /** What became of one message. */
    enum Result { ACKNOWLEDGED, REFUSED, CUT_OFF }

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    private String lastReply = "";

    SmtpSender(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        out = socket.getOutputStream();
        expect(reply(), 220);
        send("EHLO client.crash.test");
        expect(reply(), 250);
    }

    /** Sends one message; I/O errors mean the server went away mid-transaction. */
    Result send(String from, List<String> to, String messageId, String body) throws IOException {
        send("MAIL FROM:<" + from + ">");
        if (reply() != 250) return reset();
        for (String rcpt : to) {
            send("RCPT TO:<" + rcpt + ">");
            if (reply() != 250) return reset();
        }
        send("DATA");
        if (reply() != 354) return reset();
        StringBuilder m = new StringBuilder()
                .append("From: <").append(from).append(">\r\n")
                .append("To: ").append(String.join(", ", to)).append("\r\n")
                .append("Subject: crash test ").append(messageId).append("\r\n")
                .append("Message-ID: <").append(messageId).append(">\r\n")
                .append("\r\n")
                .append(body)
                .append(".\r\n");
        out.write(m.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply() == 250 ? Result.ACKNOWLEDGED : Result.REFUSED;
    }

    private Result reset() throws IOException {
        send("RSET");
        reply();
        return Result.REFUSED;
    }

    private void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The code of the next (possibly multi-line) reply. */
    private int reply() throws IOException {
        while (true) {
            String line = in.readLine();
            if (line == null) throw new IOException("connection closed by the server");
            if (line.length() < 4 || line.charAt(3) != '-') {
                lastReply = line;
                return Integer.parseInt(line.substring(0, 3));
            }
        }
    }

    /** The last line of the last reply, e.g. "250 2.0.0 Ok: queued as 0K3...". */
    String lastReply() {
        return lastReply;
    }

    private static void expect(int code, int wanted) throws IOException {
        if (code != wanted) throw new IOException("server replied " + code + ", expected " + wanted);
    }

    @Override
    public void close() {
        try {
            send("QUIT");
            reply();
        } catch (IOException ignored) {
            // the node may be gone already; the socket is closed below either way
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
