package dev.junction.smtp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A client Junction did not write: Python's smtplib, with STARTTLS, AUTH and pipelining-free sends. */
class PythonSmtplibTest {

    private static final String SCRIPT = """
            import smtplib, ssl, sys
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            with smtplib.SMTP("127.0.0.1", int(sys.argv[1])) as s:
                s.starttls(context=ctx)
                s.login("alice@example.com", "secret")
                s.sendmail("alice@example.com", ["bob@example.com", "friend@elsewhere.example"],
                           "Subject: from python\\r\\n\\r\\n.dot first\\r\\nbody\\r\\n")
            with smtplib.SMTP("127.0.0.1", int(sys.argv[2])) as s:
                s.send_message(__import__("email").message_from_string("Subject: mx\\n\\nhi\\n"),
                               "x@remote.example", ["bob@example.com"])
            print("ok")
            """;

    @Test
    void smtplibSubmitsOverStartTlsAndDeliversToMx() throws Exception {
        try (TestServer server = new TestServer()) {
            Process p = new ProcessBuilder("python3", "-c", SCRIPT,
                        String.valueOf(server.server.port(ListenerRole.SUBMISSION).orElseThrow()),
                        String.valueOf(server.server.port(ListenerRole.MX).orElseThrow()))
                        .redirectErrorStream(true).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(output).as(output).contains("ok");
            assertThat(server.entries()).hasSize(2);
            assertThat(server.content(server.entries().getFirst())).contains("with ESMTPSA").endsWith("\r\n.dot first\r\nbody\r\n");
            assertThat(server.content(server.entries().get(1))).contains("with ESMTP id").contains("Subject: mx\r\n");
        }
    }
}
