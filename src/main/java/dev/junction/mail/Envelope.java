package dev.junction.mail;

import java.time.Instant;
import java.util.List;

/**
 * What SMTP said about a message, apart from its content.
 *
 * @param sender       the reverse path; null for the null sender {@code <>} (bounces)
 * @param recipients   forward paths with their DSN parameters, in RCPT order
 * @param envId        RFC 3461 ENVID, or null
 * @param ret          RFC 3461 RET, or null when the client gave none
 * @param body         BODY= parameter
 * @param smtpUtf8     the client asked for SMTPUTF8
 * @param helo         the name the client gave in EHLO/HELO
 * @param clientIp     the client's IP address, textual
 * @param authUser     the authenticated account, or null
 * @param receivedAt   when the message was accepted
 */
public record Envelope(MailAddress sender, List<Recipient> recipients, String envId, DsnRet ret, BodyType body,
                       boolean smtpUtf8, String helo, String clientIp, String authUser, Instant receivedAt) {

    public Envelope {
        recipients = List.copyOf(recipients);
    }

    /** The reverse path as written in SMTP and Return-Path: {@code <a@b>} or {@code <>}. */
    public String reversePath() {
        return sender == null ? "<>" : "<" + sender + ">";
    }
}
