package dev.junction.e2e;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.util.Properties;

/** Messages submitted with Angus Mail over STARTTLS and AUTH, as a mail client would. */
final class Submit {

    private Submit() {
    }

    /** A plain text message. */
    static void send(int port, String user, String password, String to, String subject, String body)
            throws MessagingException {
        Session session = session(port, user, to);
        MimeMessage m = message(session, user, to, subject);
        m.setText(body, "UTF-8");
        send(session, user, password, m);
    }

    /** A multipart/mixed message: the text, then the attachment as application/octet-stream. */
    static void sendWithAttachment(int port, String user, String password, String to, String subject, String body,
                                   String fileName, byte[] attachment) throws MessagingException {
        Session session = session(port, user, to);
        MimeMessage m = message(session, user, to, subject);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "application/octet-stream")));
        file.setFileName(fileName);
        file.setDisposition(Part.ATTACHMENT);
        m.setContent(new MimeMultipart(text, file));
        send(session, user, password, m);
    }

    private static Session session(int port, String user, String to) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", "true");
        props.put("mail.smtp.ssl.trust", "*");
        props.put("mail.smtp.ssl.checkserveridentity", "false");
        // Angus then uses UTF-8 headers and SMTPUTF8 (RFC 6531) on every message, so only when needed.
        props.put("mail.mime.allowutf8", String.valueOf(!(user + to).chars().allMatch(c -> c < 0x80)));
        return Session.getInstance(props);
    }

    private static MimeMessage message(Session session, String from, String to, String subject)
            throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        return m;
    }

    private static void send(Session session, String user, String password, MimeMessage m) throws MessagingException {
        m.saveChanges();
        try (Transport t = session.getTransport("smtp")) {
            t.connect(user, password);
            t.sendMessage(m, m.getAllRecipients());
        }
    }
}
