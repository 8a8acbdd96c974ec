package dev.junction.queue;

import dev.junction.delivery.Outcome;
import dev.junction.mail.BodyType;
import dev.junction.mail.DsnRet;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DsnTest {

    private static final Instant ARRIVAL = Instant.parse("2026-03-02T08:00:00Z");
    private static final String ORIGINAL = "From: <s@example.com>\r\nSubject: quarterly report\r\n\r\nThe numbers.\r\n";

    private final Dsn dsn = new Dsn("mx.example.com", new Random(7));

    private Message write(Dsn.Action action, Dsn.Returned returned, Outcome outcome) throws IOException {
        Recipient original = new Recipient(MailAddress.parse("list@example.org"), "rfc822;list+2Bsales@example.org", Set.of());
        Envelope env = new Envelope(MailAddress.parse("s@example.com"), List.of(original), "env-42", DsnRet.FULL, BodyType.SEVEN_BIT,
                false, "client", "192.0.2.1", null, ARRIVAL);
        List<Dsn.Report> reports = List.of(new Dsn.Report(MailAddress.parse("bob@example.org"), original, action, outcome));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dsn.write("Q0001", env, reports, new ByteArrayInputStream(ORIGINAL.getBytes(StandardCharsets.US_ASCII)), returned,
                ARRIVAL.plusSeconds(3600), ARRIVAL.plusSeconds(5 * 86400), out);
        return new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Entity part) throws IOException {
        return new String(((SingleBody) part.getBody()).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void failureNoticeIsAMultipartReportWithTheWholeMessage() throws IOException {
        Outcome refused = new Outcome(Outcome.Kind.FAILED, 550, "5.1.1", "no such user", "mx.example.org");
        Message m = write(Dsn.Action.FAILED, Dsn.Returned.FULL, refused);

        assertThat(m.getMimeType()).isEqualTo("multipart/report");
        assertThat(m.getHeader().getField("Content-Type").getBody()).contains("report-type=delivery-status");
        assertThat(m.getTo().toString()).contains("s@example.com");
        assertThat(m.getSubject()).isEqualTo("Undelivered Mail Returned to Sender");
        assertThat(m.getHeader().getField("Auto-Submitted").getBody()).isEqualTo("auto-replied");

        List<Entity> parts = ((Multipart) m.getBody()).getBodyParts();
        assertThat(parts).extracting(Entity::getMimeType).containsExactly("text/plain", "message/delivery-status", "message/rfc822");
        assertThat(((TextBody) parts.get(0).getBody()).getReader()).isNotNull();
        assertThat(text(parts.get(1))).contains(
                "Reporting-MTA: dns; mx.example.com\r\n",
                "Original-Envelope-Id: env-42\r\n",
                "Arrival-Date: Mon, 2 Mar 2026 08:00:00 +0000\r\n",
                "Final-Recipient: rfc822; bob@example.org\r\n",
                "Original-Recipient: rfc822; list+sales@example.org\r\n",
                "Action: failed\r\n",
                "Status: 5.1.1\r\n",
                "Remote-MTA: dns; mx.example.org\r\n",
                "Diagnostic-Code: smtp; 550 5.1.1 no such user\r\n");
        Message returned = (Message) parts.get(2).getBody();
        assertThat(returned.getSubject()).isEqualTo("quarterly report");
    }

    @Test
    void headersOnlyStopsAtTheBlankLine() throws IOException {
        Message m = write(Dsn.Action.DELAYED, Dsn.Returned.HEADERS, Outcome.deferred(451, "4.4.1", "connection refused"));

        assertThat(m.getSubject()).startsWith("Delayed Mail");
        List<Entity> parts = ((Multipart) m.getBody()).getBodyParts();
        assertThat(parts.get(2).getMimeType()).isEqualTo("text/rfc822-headers");
        assertThat(text(parts.get(2))).contains("Subject: quarterly report").doesNotContain("The numbers.");
        assertThat(text(parts.get(1))).contains("Action: delayed", "Will-Retry-Until: Sat, 7 Mar 2026 08:00:00 +0000");
    }

    @Test
    void internationalAddressesUseTheGlobalTypes() throws IOException {
        Recipient original = Recipient.of(MailAddress.parse("jörg@example.org"));
        Envelope env = new Envelope(MailAddress.parse("s@example.com"), List.of(original), null, null, BodyType.EIGHT_BITMIME,
                true, "client", "192.0.2.1", null, ARRIVAL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dsn.write("Q2", env, List.of(new Dsn.Report(original.address(), original, Dsn.Action.DELIVERED, Outcome.delivered("ok"))),
                new ByteArrayInputStream(ORIGINAL.getBytes(StandardCharsets.US_ASCII)), Dsn.Returned.HEADERS, ARRIVAL, null, out);
        Message m = new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(out.toByteArray()));

        List<Entity> parts = ((Multipart) m.getBody()).getBodyParts();
        assertThat(parts).extracting(Entity::getMimeType)
                .containsExactly("text/plain", "message/global-delivery-status", "message/global-headers");
        assertThat(text(parts.get(1))).contains("Final-Recipient: utf-8; jörg@example.org", "Action: delivered");
    }
}
