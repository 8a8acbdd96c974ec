package dev.junction.testing;

import dev.junction.mail.BodyType;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;
import dev.junction.queue.NewRecipient;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Envelopes and recipients for tests. */
public final class Mails {

    private Mails() {
    }

    public static MailAddress addr(String s) {
        return MailAddress.parse(s);
    }

    public static Envelope envelope(String sender, Instant at, String... recipients) {
        List<Recipient> rs = Arrays.stream(recipients).map(r -> Recipient.of(addr(r))).toList();
        return new Envelope(sender == null ? null : addr(sender), rs, null, null, BodyType.SEVEN_BIT, false, "client.test",
                "192.0.2.1", null, at);
    }

    public static List<NewRecipient> asNew(Envelope e) {
        return e.recipients().stream().map(r -> new NewRecipient(r.address(), r)).toList();
    }

    public static String message(String sender, String subject, String body) {
        return "Return-Path: <" + sender + ">\r\nFrom: <" + sender + ">\r\nTo: <rcpt@example.org>\r\nSubject: " + subject
                + "\r\nMessage-ID: <m1@client.test>\r\n\r\n" + body;
    }

    /** Length of the Return-Path line written by {@link #message}. */
    public static int headerSkip(String sender) {
        return ("Return-Path: <" + sender + ">\r\n").length();
    }
}
