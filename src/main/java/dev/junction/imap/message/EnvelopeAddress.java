package dev.junction.imap.message;

/**
 * One address of an ENVELOPE (RFC 9051 section 7.5.2): personal name, source route, mailbox and
 * host, raw as sent. A group is framed by a start marker (host null, mailbox = group name) and an
 * end marker (mailbox and host null).
 */
public record EnvelopeAddress(String name, String route, String mailbox, String host) {

    static EnvelopeAddress groupStart(String groupName) {
        return new EnvelopeAddress(null, null, groupName, null);
    }

    static EnvelopeAddress groupEnd() {
        return new EnvelopeAddress(null, null, null, null);
    }

    public boolean isGroupMarker() {
        return host == null;
    }

    /** mailbox@host; null for group markers. */
    public String address() {
        return isGroupMarker() ? null : mailbox + "@" + host;
    }
}
