package dev.junction.pop3;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Malformed commands each answered and followed by a command still served; the session limits. */
class Pop3LimitsTest {

    @RegisterExtension
    final TestPop3Server server = new TestPop3Server(Map.of("pop3.max_line_length", "255", "pop3.max_errors", "30"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FROB                | -ERR Unknown command",
            "''                  | -ERR Unknown command",
            "LIST x              | -ERR Syntax error",
            "LIST 1 2            | -ERR Syntax error",
            "LIST 0              | -ERR No such message",
            "LIST 2              | -ERR No such message",
            "LIST -1             | -ERR Syntax error",
            "RETR                | -ERR Syntax error",
            "RETR 1234567890     | -ERR Syntax error",
            "TOP 1               | -ERR Syntax error",
            "TOP 1 -1            | -ERR Syntax error",
            "TOP 1 x             | -ERR Syntax error",
            "TOP 9 1             | -ERR No such message",
            "DELE                | -ERR Syntax error",
            "DELE 1 1            | -ERR Syntax error",
            "UIDL one            | -ERR Syntax error",
            "STAT now            | -ERR Syntax error",
            "NOOP please         | -ERR Syntax error",
            "RSET all            | -ERR Syntax error",
            "CAPA x              | -ERR Syntax error",
            "QUIT now            | -ERR Syntax error",
            "USER alice          | -ERR Command not valid in this state",
            "STLS                | -ERR Command not valid in this state",
            "'LIST  1'           | -ERR Syntax error",
    })
    void malformedCommandsAreRefusedAndTheSessionGoesOn(String command, String reply) throws Exception {
        server.deliver("Subject: x\r\n\r\nx\r\n");
        try (Pop3Client c = server.connect(Pop3Role.POP3S)) {
            c.login("alice@example.com", "secret");
            c.send(command);
            c.expect(java.util.regex.Pattern.quote(reply));
            c.run("""
                    C: STAT
                    S: \\+OK 1 \\d+
                    """);
        }
    }

    @Test
    void aLineTooLongIsRefusedAndTheNextCommandServed() throws Exception {
        try (Pop3Client c = server.connect(Pop3Role.POP3S)) {
            c.run("S: \\+OK .*");
            c.send("USER " + "a".repeat(300));
            c.run("""
                    S: -ERR Line too long
                    C: CAPA
                    S: \\+OK .*
                    """);
            assertThat(c.body()).contains("USER");
            c.write("NOOP \u00ff\r\n".getBytes(StandardCharsets.ISO_8859_1));
            c.run("""
                    S: -ERR Syntax error
                    C: USER alice@example.com
                    S: \\+OK
                    """);
        }
    }

    @Test
    void commandsPipelinedAfterStlsEndTheSession() throws Exception {
        try (Pop3Client c = server.connect(Pop3Role.POP3)) {
            c.run("S: \\+OK .*");
            c.write("STLS\r\nUSER alice@example.com\r\n".getBytes(StandardCharsets.US_ASCII));
            c.run("S: -ERR Command pipelined after STLS");
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void tooManyErrorsEndTheSession() throws Exception {
        try (TestPop3Server strict = new TestPop3Server(Map.of("pop3.max_errors", "2"));
             Pop3Client c = strict.connect(Pop3Role.POP3)) {
            c.run("""
                    S: \\+OK .*
                    C: FROB
                    S: -ERR Unknown command
                    C: FROB
                    S: -ERR Unknown command
                    S: -ERR Too many errors, closing connection
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void connectionsOverTheLimitAreRefused() throws Exception {
        try (TestPop3Server strict = new TestPop3Server(Map.of("pop3.max_connections_per_ip", "1"));
             Pop3Client first = strict.connect(Pop3Role.POP3);
             Pop3Client second = strict.connect(Pop3Role.POP3)) {
            first.run("S: \\+OK .*");
            second.run("S: -ERR \\[SYS/TEMP\\] Too many connections, try again later");
            assertThat(second.closedByServer()).isTrue();
        }
    }

    @Test
    void anIdleClientIsDisconnected() throws Exception {
        try (TestPop3Server strict = new TestPop3Server(Map.of("pop3.idle_timeout", "200ms"));
             Pop3Client c = strict.connect(Pop3Role.POP3)) {
            c.run("""
                    S: \\+OK .*
                    S: -ERR Timeout, closing connection
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
    }
}
