package dev.junction.e2e;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Properties;

/** A plain text message submitted with Angus Mail over STARTTLS and AUTH, as a mail client would. */
final class Submit {

    private Submit() {
    }

    static void send(int port, String user, String password, String to, String subject, String body)
            throws MessagingException {
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
        Session session = Session.getInstance(props);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(user));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        try (Transport t = session.getTransport("smtp")) {
            t.connect(user, password);
            t.sendMessage(m, m.getAllRecipients());
        }
    }
}
