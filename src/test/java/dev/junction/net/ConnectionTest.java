package dev.junction.net;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionTest {

    @Test
    void turnsNaglesAlgorithmOff() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept();
             WriteWatchdog watchdog = new WriteWatchdog("test", Duration.ofSeconds(5))) {
            assertThat(accepted.getTcpNoDelay()).isFalse();
            new Connection(accepted, "c1", watchdog, Duration.ofSeconds(5));
            assertThat(accepted.getTcpNoDelay()).isTrue();
        }
    }
}
