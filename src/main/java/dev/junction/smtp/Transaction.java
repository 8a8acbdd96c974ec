package dev.junction.smtp;

import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;

import java.util.ArrayList;
import java.util.List;

/**
 * One mail transaction (RFC 5321 3.3): the MAIL FROM parameters, the accepted recipients with
 * the final addresses each expanded to when it was checked, and the content once DATA or the
 * first BDAT chunk started it. Closing discards unfinished content.
 */
final class Transaction implements AutoCloseable {

    /** An accepted RCPT and the final recipients the directory expanded it to. */
    record Accepted(Recipient recipient, List<MailAddress> finalRecipients) {
    }

    private final MailFromArgument mail;
    private final List<Accepted> recipients = new ArrayList<>();
    private MessageContent content;
    private String queueId;

    Transaction(MailFromArgument mail) {
        this.mail = mail;
    }

    MailFromArgument mail() {
        return mail;
    }

    List<Accepted> recipients() {
        return recipients;
    }

    void accept(Recipient recipient, List<MailAddress> finalRecipients) {
        recipients.add(new Accepted(recipient, List.copyOf(finalRecipients)));
    }

    /** The queue id reserved when the content started; the Received header names it. */
    String queueId() {
        return queueId;
    }

    void queueId(String queueId) {
        this.queueId = queueId;
    }

    MessageContent content() {
        return content;
    }

    void content(MessageContent content) {
        this.content = content;
    }

    @Override
    public void close() {
        if (content != null) content.close();
    }
}
