package dev.junction.delivery.smtp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            250 | 2.1.5 ok                    | 2.1.5 | ok
            550 | 5.1.1 <a@b>: no such user   | 5.1.1 | <a@b>: no such user
            451 | try again later             | 4.0.0 | try again later
            452 | 4.2.2                       | 4.2.2 | ''
            550 | 4.2.2 mismatched class      | 5.0.0 | 4.2.2 mismatched class
            554 | 5.7.1.2 not a code          | 5.0.0 | 5.7.1.2 not a code
            """)
    void enhancedStatusIsTakenFromTheText(int code, String text, String status, String plain) {
        Reply r = new Reply(code, List.of(text));
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.text()).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            250-mx hello\\r\\n250-SIZE 100\\r\\n250 8BITMIME\\r\\n | 250 | 3
            220 ready\\r\\n                                       | 220 | 1
            354\\r\\n                                             | 354 | 1
            """)
    void readsMultilineReplies(String wire, int code, int lines) throws IOException {
        try (Served s = serve(wire.replace("\\r\\n", "\r\n"))) {
            Reply r = s.connection.read();
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.lines()).hasSize(lines);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hello\\r\\n
            25 short\\r\\n
            250xbad separator\\r\\n
            250-never ends\\r\\n
            """)
    void malformedRepliesAreProtocolErrors(String wire) throws IOException {
        try (Served s = serve(wire.replace("\\r\\n", "\r\n"))) {
            assertThatThrownBy(s.connection::read).isInstanceOf(IOException.class);
        }
    }

    @ParameterizedTest
    @CsvSource({"5000", "100000"})
    void overlongReplyLineIsRefused(int length) throws IOException {
        try (Served s = serve("250 " + "x".repeat(length) + "\r\n")) {
            assertThatThrownBy(s.connection::read).isInstanceOf(IOException.class).hasMessageContaining("too long");
        }
    }

    /** A loopback server that sends the given bytes and closes. */
    private record Served(ServerSocket server, SmtpConnection connection) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            connection.close();
            server.close();
        }
    }

    private static Served serve(String wire) throws IOException {
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            try (Socket s = server.accept(); OutputStream out = s.getOutputStream(); InputStream in = new ByteArrayInputStream(
                    wire.getBytes(StandardCharsets.UTF_8))) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // the test reads what arrived
            }
        });
        SmtpConnection c = SmtpConnection.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()),
                "localhost", null, false, Duration.ofSeconds(2), Duration.ofSeconds(5));
        return new Served(server, c);
    }
}
