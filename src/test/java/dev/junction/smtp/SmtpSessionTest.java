package dev.junction.smtp;

import dev.junction.mail.DsnRet;
import dev.junction.mail.Notify;
import dev.junction.queue.NewRecipient;
import dev.junction.queue.QueueEntry;
import dev.junction.queue.QueuedRecipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Transcripts on the MX listener: the message path, pipelining, recipients and relay policy. */
class SmtpSessionTest {

    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void mxAdvertisesItsExtensionsButNotAuthWithoutTls() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.expect("220 mx\\.test ESMTP Junction");
            c.send("EHLO client.example");
            assertThat(c.reply()).containsExactly("250-mx.test Hello client.example", "250-PIPELINING",
                    "250-SIZE 26214400", "250-8BITMIME", "250-SMTPUTF8", "250-ENHANCEDSTATUSCODES", "250-CHUNKING",
                    "250-BINARYMIME", "250-DSN", "250-STARTTLS", "250 HELP");
        }
    }

    @Test
    void receivesAMessageAndQueuesItWithTraceHeaders() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run("""
                    S: 220 .*
                    C: EHLO client.example
                    S: 250-.*
                    """);
            c.reply();
            c.run("""
                    C: MAIL FROM:<sender@remote.example> RET=HDRS ENVID=env+2B1
                    S: 250 2\\.1\\.0 Ok
                    C: RCPT TO:<Alice@example.com> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;alice@example.com
                    S: 250 2\\.1\\.5 Ok
                    C: DATA
                    S: 354 End data with <CR><LF>\\.<CR><LF>
                    C: Subject: hello
                    C:
                    C: ..leading dot
                    C: .
                    S: 250 2\\.0\\.0 Ok: queued as [0-9A-Z]+
                    """);
            c.run("""
                    C: QUIT
                    S: 221 2\\.0\\.0 Bye
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
        QueueEntry e = server.entries().getFirst();
        assertThat(e.envelope().reversePath()).isEqualTo("<sender@remote.example>");
        assertThat(e.envelope().ret()).isEqualTo(DsnRet.HDRS);
        assertThat(e.envelope().envId()).isEqualTo("env+2B1");
        assertThat(e.envelope().helo()).isEqualTo("client.example");
        assertThat(e.envelope().clientIp()).isEqualTo("127.0.0.1");
        assertThat(e.envelope().recipients().getFirst().notifyOn()).isEqualTo(Set.of(Notify.SUCCESS, Notify.FAILURE));
        assertThat(e.envelope().recipients().getFirst().orcpt()).isEqualTo("rfc822;alice@example.com");
        assertThat(e.recipients()).extracting(r -> r.address().toString()).containsExactly("alice@example.com");
        assertThat(e.headerSkip()).isEqualTo("Return-Path: <sender@remote.example>\r\n".length());
        String content = server.content(e);
        assertThat(content).startsWith("Return-Path: <sender@remote.example>\r\nReceived: from client.example ([127.0.0.1])\r\n");
        assertThat(content).contains("by mx.test (Junction) with ESMTP id ").contains("\tfor <Alice@example.com>;");
        assertThat(content).endsWith("\r\nSubject: hello\r\n\r\n.leading dot\r\n");
    }

    @Test
    void pipelinedCommandsGetTheirRepliesInOrder() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.expect("220 .*");
            c.write(("EHLO client.example\r\nMAIL FROM:<>\r\nRCPT TO:<alice@example.com>\r\nRCPT TO:<nobody@example.com>\r\n"
                    + "RCPT TO:<bob@example.com>\r\nDATA\r\n").getBytes());
            c.reply();
            c.run("""
                    S: 250 2\\.1\\.0 Ok
                    S: 250 2\\.1\\.5 Ok
                    S: 550 5\\.1\\.1 Recipient address rejected: user unknown
                    S: 250 2\\.1\\.5 Ok
                    S: 354 .*
                    C: Subject: bounce
                    C: .
                    S: 250 2\\.0\\.0 Ok: queued as [0-9A-Z]+
                    """);
        }
        QueueEntry e = server.entries().getFirst();
        assertThat(e.envelope().sender()).isNull();
        assertThat(e.recipients()).extracting(r -> r.address().toString())
                .containsExactly("alice@example.com", "bob@example.com");
        assertThat(server.content(e)).startsWith("Return-Path: <>\r\n").doesNotContain("\tfor <");
    }

    @Test
    void aliasesExpandAndDuplicatesAreQueuedOnce() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run("""
                    S: 220 .*
                    C: HELO client.example
                    S: 250 mx\\.test
                    C: MAIL FROM:<a@remote.example>
                    S: 250 .*
                    C: RCPT TO:<team@example.com>
                    S: 250 .*
                    C: RCPT TO:<bob@example.com>
                    S: 250 .*
                    C: DATA
                    S: 354 .*
                    C: hi
                    C: .
                    S: 250 2\\.0\\.0 Ok: queued as [0-9A-Z]+
                    """);
        }
        QueueEntry e = server.entries().getFirst();
        assertThat(e.recipients()).extracting(QueuedRecipient::address).extracting(Object::toString)
                .containsExactly("alice@example.com", "bob@example.com");
        assertThat(e.recipients()).extracting(r -> r.original().address().toString())
                .containsExactly("team@example.com", "team@example.com");
        assertThat(server.content(e)).contains(" with SMTP id ");
    }

    @Test
    void refusesUnknownAndDisabledUsersAndRelaying() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run(SmtpClient.GREETED + """
                    C: MAIL FROM:<a@remote.example>
                    S: 250 .*
                    C: RCPT TO:<nobody@example.com>
                    S: 550 5\\.1\\.1 .*
                    C: RCPT TO:<gone@example.com>
                    S: 550 5\\.1\\.1 .*
                    C: RCPT TO:<someone@elsewhere.example>
                    S: 554 5\\.7\\.1 Relay access denied
                    C: DATA
                    S: 503 5\\.5\\.1 Bad sequence of commands
                    """);
        }
        assertThat(server.entries()).isEmpty();
    }

    @Test
    void relayNetworksMayRelay() throws Exception {
        try (TestServer relay = new TestServer(java.util.Map.of("smtp.relay_networks", "10.0.0.0/8, 127.0.0.0/8"));
             SmtpClient c = relay.connect(ListenerRole.MX)) {
            c.run(SmtpClient.GREETED + """
                    C: MAIL FROM:<app@example.com>
                    S: 250 .*
                    C: RCPT TO:<someone@elsewhere.example>
                    S: 250 2\\.1\\.5 Ok
                    """);
        }
    }

    @Test
    void enforcesTheCommandSequence() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run("""
                    S: 220 .*
                    C: MAIL FROM:<a@remote.example>
                    S: 503 5\\.5\\.1 .*
                    C: HELO
                    S: 501 5\\.5\\.4 .*
                    C: EHLO client.example
                    S: 250-.*
                    """);
            c.reply();
            c.run("""
                    C: RCPT TO:<alice@example.com>
                    S: 503 5\\.5\\.1 .*
                    C: MAIL FROM:<a@remote.example>
                    S: 250 .*
                    C: MAIL FROM:<a@remote.example>
                    S: 503 5\\.5\\.1 .*
                    C: RSET
                    S: 250 2\\.0\\.0 Ok
                    C: RCPT TO:<alice@example.com>
                    S: 503 5\\.5\\.1 .*
                    C: FROB
                    S: 500 5\\.5\\.1 Unknown command
                    C: VRFY alice
                    S: 252 2\\.5\\.0 .*
                    C: HELP
                    S: 214 2\\.0\\.0 .*
                    C: NOOP
                    S: 250 2\\.0\\.0 Ok
                    C: MAIL FROM:<a@remote.example> FOO=1
                    S: 555 5\\.5\\.4 .*
                    C: MAIL FROM:<δ@remote.example>
                    S: 553 5\\.6\\.7 .*
                    C: MAIL FROM:<δ@remote.example> SMTPUTF8
                    S: 250 .*
                    C: RCPT TO:<alice@example.com> NOTIFY=NEVER
                    S: 250 .*
                    """);
        }
    }

    @Test
    void limitsRecipientsPerMessage() throws Exception {
        try (TestServer small = new TestServer(java.util.Map.of("smtp.max_recipients", "2"));
             SmtpClient c = small.connect(ListenerRole.MX)) {
            c.run(SmtpClient.GREETED + """
                    C: MAIL FROM:<a@remote.example>
                    S: 250 .*
                    C: RCPT TO:<alice@example.com>
                    S: 250 .*
                    C: RCPT TO:<bob@example.com>
                    S: 250 .*
                    C: RCPT TO:<team@example.com>
                    S: 452 4\\.5\\.3 Too many recipients
                    """);
        }
    }

    @Test
    void bdatChunksAreStoredAsSent() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.run("""
                    S: 220 .*
                    C: EHLO client.example
                    S: 250-.*
                    """);
            c.reply();
            // Pipelined: the chunk bytes follow the BDAT line at once; bare LF and a lone dot stay as they are.
            c.write(("MAIL FROM:<a@remote.example> BODY=BINARYMIME\r\nRCPT TO:<bob@example.com>\r\n"
                    + "BDAT 12\r\nSubject: x\n\nBDAT 5 LAST\r\n.\r\n\0z").getBytes());
            c.run("""
                    S: 250 2\\.1\\.0 Ok
                    S: 250 2\\.1\\.5 Ok
                    S: 250 2\\.0\\.0 12 octets received
                    S: 250 2\\.0\\.0 Ok: queued as [0-9A-Z]+
                    C: DATA
                    S: 503 5\\.5\\.1 .*
                    """);
        }
        QueueEntry e = server.entries().getFirst();
        assertThat(e.envelope().body()).isEqualTo(dev.junction.mail.BodyType.BINARYMIME);
        assertThat(server.content(e)).endsWith("\r\nSubject: x\n\n.\r\n\0z");
    }

    @Test
    void binaryMimeNeedsBdatAndDataIsRefusedInsideChunking() throws Exception {
        try (SmtpClient c = server.connect(ListenerRole.MX)) {
            c.ehlo();
            c.run("""
                    C: MAIL FROM:<a@remote.example> BODY=BINARYMIME
                    S: 250 .*
                    C: RCPT TO:<bob@example.com>
                    S: 250 .*
                    C: DATA
                    S: 503 5\\.5\\.1 BODY=BINARYMIME requires BDAT
                    C: BDAT 3
                    C: abcDATA
                    S: 250 2\\.0\\.0 3 octets received
                    S: 503 5\\.5\\.1 .*
                    C: BDAT x
                    S: 501 5\\.5\\.4 .*
                    C: BDAT 0 LAST
                    S: 250 2\\.0\\.0 Ok: queued as [0-9A-Z]+
                    C: BDAT 4 LAST
                    C: skipRSET
                    S: 503 5\\.5\\.1 .*
                    S: 250 2\\.0\\.0 Ok
                    """);
        }
        assertThat(server.content(server.entries().getFirst())).endsWith("\r\nabc");
    }
}
