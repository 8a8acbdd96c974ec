package dev.junction.imap.message;

import java.util.List;

/** Writes an ENVELOPE in IMAP syntax (RFC 9051 section 7.5.2, grammar "envelope"). */
public final class EnvelopeEncoder {

    private final ImapStrings strings;

    public EnvelopeEncoder(ImapStrings strings) {
        this.strings = strings;
    }

    public String encode(MessageEnvelope e) {
        StringBuilder out = new StringBuilder(256);
        write(out, e);
        return out.toString();
    }

    void write(StringBuilder out, MessageEnvelope e) {
        out.append('(');
        strings.nstring(out, e.date());
        out.append(' ');
        strings.nstring(out, e.subject());
        for (List<EnvelopeAddress> list : List.of(e.from(), e.sender(), e.replyTo(), e.to(), e.cc(), e.bcc())) {
            out.append(' ');
            addresses(out, list);
        }
        out.append(' ');
        strings.nstring(out, e.inReplyTo());
        out.append(' ');
        strings.nstring(out, e.messageId());
        out.append(')');
    }

    private void addresses(StringBuilder out, List<EnvelopeAddress> list) {
        if (list.isEmpty()) {
            out.append("NIL");
            return;
        }
        out.append('(');
        for (EnvelopeAddress a : list) {
            out.append('(');
            strings.nstring(out, a.name());
            out.append(' ');
            strings.nstring(out, a.route());
            out.append(' ');
            strings.nstring(out, a.mailbox());
            out.append(' ');
            strings.nstring(out, a.host());
            out.append(')');
        }
        out.append(')');
    }
}
