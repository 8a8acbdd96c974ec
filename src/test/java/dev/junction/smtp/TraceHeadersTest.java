package dev.junction.smtp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class TraceHeadersTest {

    @ParameterizedTest(name = "{4}")
    @CsvSource(textBlock = """
            false, false, false, false, SMTP
            true,  false, false, false, ESMTP
            true,  false, true,  false, ESMTPS
            true,  false, false, true,  ESMTPA
            true,  false, true,  true,  ESMTPSA
            true,  true,  true,  true,  UTF8SMTPSA
            true,  true,  false, false, UTF8SMTP
            """)
    void protocolNames(boolean extended, boolean utf8, boolean tls, boolean auth, String name) {
        assertThat(TraceHeaders.protocol(extended, utf8, tls, auth)).isEqualTo(name);
    }

    @Test
    void receivedLine() {
        ZonedDateTime when = ZonedDateTime.of(2026, 3, 1, 9, 5, 7, 0, ZoneOffset.ofHours(1));
        assertThat(TraceHeaders.received("client.example", "::1", "mx.test", "ESMTPS", "version=TLSv1.3 cipher=X",
                "abc.1", "bob@example.com", when)).isEqualTo("""
                Received: from client.example ([IPv6:::1])\r
                \tby mx.test (Junction) with ESMTPS id abc.1\r
                \t(version=TLSv1.3 cipher=X)\r
                \tfor <bob@example.com>;\r
                \tSun, 1 Mar 2026 09:05:07 +0100\r
                """);
        assertThat(TraceHeaders.returnPath("<>")).isEqualTo("Return-Path: <>\r\n");
    }
}
