package dev.junction.imap.message;

import java.util.List;

/** Builds the ENVELOPE of a message from its header block (RFC 9051 section 7.5.2). */
final class Envelopes {

    private Envelopes() {
    }

    static MessageEnvelope of(HeaderBlock header) {
        List<EnvelopeAddress> from = AddressParser.parse(header.first("From"));
        List<EnvelopeAddress> sender = AddressParser.parse(header.first("Sender"));
        List<EnvelopeAddress> replyTo = AddressParser.parse(header.first("Reply-To"));
        return new MessageEnvelope(
                header.first("Date"),
                header.first("Subject"),
                from,
                sender.isEmpty() ? from : sender,
                replyTo.isEmpty() ? from : replyTo,
                AddressParser.parse(header.first("To")),
                AddressParser.parse(header.first("Cc")),
                AddressParser.parse(header.first("Bcc")),
                header.first("In-Reply-To"),
                header.first("Message-ID"));
    }
}
