package dev.junction.smtp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CidrBlockTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(textBlock = """
            10.0.0.0/8,       10.255.1.2,   true
            10.0.0.0/8,       11.0.0.1,     false
            192.168.1.0/25,   192.168.1.127, true
            192.168.1.0/25,   192.168.1.128, false
            127.0.0.1,        127.0.0.1,    true
            127.0.0.1,        127.0.0.2,    false
            0.0.0.0/0,        8.8.8.8,      true
            ::1/128,          ::1,          true
            2001:db8::/32,    2001:db8:1::5, true
            2001:db8::/32,    2001:db9::1,  false
            10.0.0.0/8,       ::1,          false
            """)
    void matches(String block, String address, boolean contained) throws UnknownHostException {
        assertThat(CidrBlock.parse(block).contains(InetAddress.getByName(address))).isEqualTo(contained);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x", "::1/129", "300.1.1.1"})
    void refusesBadBlocks(String text) {
        assertThatThrownBy(() -> CidrBlock.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
