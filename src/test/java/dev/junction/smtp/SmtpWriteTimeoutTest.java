package dev.junction.smtp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A client that sends but never reads must not hold a session thread once the buffers fill. */
class SmtpWriteTimeoutTest {

    @Test
    void clientThatNeverReadsIsDisconnectedAndTheServerGoesOn() throws Exception {
        try (TestServer server = new TestServer(Map.of("smtp.idle_timeout", "300ms", "smtp.max_connections_per_ip", "1"));
             Socket deaf = new Socket()) {
            deaf.setReceiveBufferSize(1024);
            deaf.connect(new InetSocketAddress("127.0.0.1", server.server.port(ListenerRole.MX).orElseThrow()));
            CompletableFuture<IOException> writer = CompletableFuture.supplyAsync(() -> pipelineForever(deaf));

            await().atMost(Duration.ofSeconds(30)).until(writer::isDone);
            assertThat(writer.get()).as("the server closed the connection").isNotNull();

            // The session's slot was given back: with one connection per address allowed, a new one is served.
            await().untilAsserted(() -> {
                try (SmtpClient c = server.connect(ListenerRole.MX)) {
                    c.run("""
                            S: 220 .*
                            C: NOOP
                            S: 250 2\\.0\\.0 Ok
                            """);
                }
            });
        }
    }

    /** EHLO over and over (each reply is ~15 times the command); returns the error that stopped it. */
    private static IOException pipelineForever(Socket s) {
        byte[] ehlos = "EHLO client.example\r\n".repeat(200).getBytes(StandardCharsets.US_ASCII);
        try {
            OutputStream out = s.getOutputStream();
            while (true) out.write(ehlos);
        } catch (IOException e) {
            return e;
        }
    }
}
