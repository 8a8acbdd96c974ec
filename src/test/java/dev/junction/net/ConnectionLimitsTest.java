package dev.junction.net;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** Which limit refuses a connection, and that a release gives the slot back. */
class ConnectionLimitsTest {

    private final InetAddress a = InetAddress.getLoopbackAddress();
    private final InetAddress b;

    ConnectionLimitsTest() throws Exception {
        b = InetAddress.getByName("192.0.2.7");
    }

    @Test
    void perAddressThenTotal() {
        ConnectionLimits limits = new ConnectionLimits(3, 2);
        assertThat(limits.acquire(a)).isNull();
        assertThat(limits.acquire(a)).isNull();
        assertThat(limits.acquire(a)).isEqualTo(ConnectionLimits.Limit.PER_ADDRESS);
        assertThat(limits.acquire(b)).isNull();
        assertThat(limits.acquire(b)).isEqualTo(ConnectionLimits.Limit.TOTAL);
        limits.release(a);
        assertThat(limits.acquire(b)).isNull();
        assertThat(limits.acquire(a)).isEqualTo(ConnectionLimits.Limit.TOTAL);
    }
}
