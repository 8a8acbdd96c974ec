package dev.junction.imap.message;

import java.util.List;

/**
 * The ENVELOPE of a message (RFC 9051 section 7.5.2). Strings are unfolded header values, raw:
 * encoded words are not decoded (the RFC leaves that to the client). Null means NIL; an empty
 * address list means the field was absent. Sender and Reply-To already default to From.
 */
public record MessageEnvelope(
        String date,
        String subject,
        List<EnvelopeAddress> from,
        List<EnvelopeAddress> sender,
        List<EnvelopeAddress> replyTo,
        List<EnvelopeAddress> to,
        List<EnvelopeAddress> cc,
        List<EnvelopeAddress> bcc,
        String inReplyTo,
        String messageId) {

    public MessageEnvelope {
        from = List.copyOf(from);
        sender = List.copyOf(sender);
        replyTo = List.copyOf(replyTo);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }
}
