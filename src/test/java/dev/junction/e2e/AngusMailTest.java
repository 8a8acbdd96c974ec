package dev.junction.e2e;

import dev.junction.smtp.ListenerRole;
import dev.junction.store.StoredMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Submission with a client Junction did not write: Angus Mail (Jakarta Mail) over STARTTLS and implicit TLS. */
class AngusMailTest {

    private static final String SUBJECT = "Grüße aus Köln – 日本語の件名";
    private static final String BODY = "Hallo Bob,\r\nanbei die Zahlen. Schöne Grüße\r\n.a line starting with a dot\r\n";
    private static final byte[] ATTACHMENT = attachmentBytes();

    @TempDir
    static Path dir;

    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(dir).domain("example.test");
        node.account("alice@example.test", "alice-pass");
        node.account("bob@example.test", "bob-pass");
        node.account("carol@example.test", "carol-pass");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void submissionWithRequiredStartTlsAndAuthLandsOnceInTheInbox() throws Exception {
        Session session = Session.getInstance(smtp(node.port(ListenerRole.SUBMISSION), true));
        send(session, "smtp", "alice@example.test", "alice-pass", message(session, "bob@example.test"));

        StoredMessage stored = node.awaitInbox("bob@example.test", 1).getFirst();
        assertDelivered(node.text(stored), node.bytes(stored), "alice@example.test");
    }

    @Test
    void submissionsWithImplicitTlsLandsOnceInTheInbox() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtps.host", "127.0.0.1");
        props.put("mail.smtps.port", String.valueOf(node.port(ListenerRole.SUBMISSIONS)));
        props.put("mail.smtps.auth", "true");
        props.put("mail.smtps.ssl.trust", "*");
        props.put("mail.smtps.ssl.checkserveridentity", "false");
        Session session = Session.getInstance(props);
        send(session, "smtps", "alice@example.test", "alice-pass", message(session, "carol@example.test"));

        StoredMessage stored = node.awaitInbox("carol@example.test", 1).getFirst();
        assertDelivered(node.text(stored), node.bytes(stored), "alice@example.test");
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailure() {
        Session session = Session.getInstance(smtp(node.port(ListenerRole.SUBMISSION), true));
        assertThatThrownBy(() -> {
            try (Transport t = session.getTransport("smtp")) {
                t.connect("alice@example.test", "not-her-password");
            }
        }).isInstanceOf(AuthenticationFailedException.class).hasMessageContaining("535");
    }

    @Test
    void withoutTlsAuthIsNeitherOfferedNorAccepted() throws Exception {
        Session session = Session.getInstance(smtp(node.port(ListenerRole.SUBMISSION), false));
        try (SMTPTransport t = (SMTPTransport) session.getTransport("smtp")) {
            t.connect("alice@example.test", "alice-pass");
            assertThat(t.supportsExtension("STARTTLS")).isTrue();
            assertThat(t.supportsExtension("AUTH")).isFalse();
            assertThatThrownBy(() -> t.issueCommand("AUTH PLAIN " + plain("alice@example.test", "alice-pass"), 235))
                    .isInstanceOf(MessagingException.class);
            assertThat(t.getLastServerResponse()).startsWith("530 5.7.0");
            // Angus sends anyway when the server offers no AUTH; the submission port refuses the transaction.
            MimeMessage m = message(session, "bob@example.test");
            assertThatThrownBy(() -> t.sendMessage(m, m.getAllRecipients())).isInstanceOf(MessagingException.class);
            assertThat(t.getLastServerResponse()).startsWith("530 5.7.0");
        }
    }

    private static Properties smtp(int port, boolean tls) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", String.valueOf(tls));
        props.put("mail.smtp.starttls.required", String.valueOf(tls));
        props.put("mail.smtp.ssl.trust", "*");
        props.put("mail.smtp.ssl.checkserveridentity", "false");
        return props;
    }

    private static void send(Session session, String protocol, String user, String password, MimeMessage message)
            throws MessagingException {
        try (Transport t = session.getTransport(protocol)) {
            t.connect(user, password);
            t.sendMessage(message, message.getAllRecipients());
        }
    }

    private static MimeMessage message(Session session, String to) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("alice@example.test"));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(SUBJECT, "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(BODY, "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(ATTACHMENT, "application/octet-stream")));
        file.setFileName("zahlen.bin");
        file.setDisposition(Part.ATTACHMENT);
        m.setContent(new MimeMultipart(text, file));
        m.saveChanges();
        return m;
    }

    private static void assertDelivered(String raw, byte[] bytes, String sender) throws Exception {
        assertThat(raw).startsWith("Return-Path: <" + sender + ">\r\n");
        assertThat(raw.lines().filter(l -> l.startsWith("Received: ")).count()).isEqualTo(1);
        assertThat(raw).contains("with ESMTPSA");

        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        assertThat(parsed.getSubject()).isEqualTo(SUBJECT);
        Multipart parts = (Multipart) parsed.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo(BODY);
        Part file = parts.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("zahlen.bin");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(ATTACHMENT);
    }

    private static String plain(String user, String password) {
        return java.util.Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] attachmentBytes() {
        byte[] b = new byte[70_000];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 31 + (i >> 8));
        return b;
    }

}
