package dev.junction.imap.message;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.DateTimeFieldLenientImpl;
import org.apache.james.mime4j.stream.RawField;

/** Keys for SORT (RFC 5256 section 3) and SORT=DISPLAY (RFC 5957), from a message's envelope. */
public final class SortKeys {

    private SortKeys() {
    }

    /**
     * The sent date from the Date header (lenient RFC 5322 parsing by Mime4j), or null when it is
     * absent or unparseable: RFC 5256 then wants the internal date, which only the caller knows.
     */
    public static Instant sentDate(MessageEnvelope envelope) {
        OffsetDateTime sent = sentDateTime(envelope);
        return sent == null ? null : sent.toInstant();
    }

    /**
     * The sent date with the zone the sender wrote, for SEARCH SENTBEFORE, SENTON and SENTSINCE,
     * which compare the date "disregarding time and timezone" (RFC 9051 section 6.4.4); null as
     * for {@link #sentDate}. A header Mime4j can only read as an instant is taken at UTC.
     */
    public static OffsetDateTime sentDateTime(MessageEnvelope envelope) {
        String value = envelope.date();
        if (value == null || value.isBlank()) {
            return null;
        }
        String cleaned = value.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        try {
            return OffsetDateTime.from(DateTimeFieldLenientImpl.RFC_5322.parse(cleaned));
        } catch (DateTimeException e) {
            try {
                Date date = DateTimeFieldLenientImpl.PARSER.parse(new RawField("Date", value), DecodeMonitor.SILENT)
                        .getDate();
                return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    /** SORT FROM, TO, CC: the addr-mailbox of the first address, upper-cased; "" when there is none. */
    public static String firstMailbox(List<EnvelopeAddress> addresses) {
        for (EnvelopeAddress a : addresses) {
            if (!a.isGroupMarker()) {
                return a.mailbox().toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * SORT DISPLAYFROM, DISPLAYTO (RFC 5957 section 3): the decoded display name of the first
     * address, or its mailbox@host when it has none, upper-cased; "" when there is none.
     */
    public static String firstDisplay(List<EnvelopeAddress> addresses) {
        for (EnvelopeAddress a : addresses) {
            if (!a.isGroupMarker()) {
                String name = a.name() == null ? null : HeaderDecoder.decode(a.name()).strip();
                return (name == null || name.isEmpty() ? a.address() : name).toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** SORT SUBJECT: the base subject. */
    public static String subject(MessageEnvelope envelope) {
        return BaseSubject.of(envelope.subject());
    }
}
