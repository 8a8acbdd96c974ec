package dev.junction.pop3;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * A client that asks for a large message and never reads it must not hold the session thread,
 * its connection slot or the maildrop lock once the buffers fill.
 */
class Pop3WriteTimeoutTest {

    @Test
    void aClientThatNeverReadsIsDisconnectedAndItsMaildropUnlocked() throws Exception {
        try (TestPop3Server server = new TestPop3Server(Map.of("pop3.idle_timeout", "300ms",
                "pop3.max_connections_per_ip", "1", "pop3.allow_plaintext_auth", "true"));
             Socket deaf = new Socket()) {
            server.deliver("Subject: big\r\n\r\n" + ("x".repeat(998) + "\r\n").repeat(16 * 1024));
            deaf.setReceiveBufferSize(1024);
            deaf.connect(new InetSocketAddress("127.0.0.1", server.server.port(Pop3Role.POP3).orElseThrow()));
            OutputStream out = deaf.getOutputStream();
            out.write("USER alice@example.com\r\nPASS secret\r\nRETR 1\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // Served again from the same address (the slot came back) and not IN-USE (the lock too).
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                try (Pop3Client c = server.connect(Pop3Role.POP3)) {
                    c.login("alice@example.com", "secret");
                }
            });
        }
    }
}
