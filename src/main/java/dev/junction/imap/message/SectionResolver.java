package dev.junction.imap.message;

import java.util.List;
import java.util.Locale;

/**
 * Maps a section to byte ranges of the raw message (RFC 9051 section 6.4.5, RFC 3516). Part
 * numbering: the parts of a multipart are numbered from 1; a message that is not multipart has
 * the single part 1, its body; numbers after a message/rfc822 part address the encapsulated
 * message the same way. HEADER, HEADER.FIELDS and TEXT after part numbers need a message/rfc822
 * part; MIME is the part's own MIME header.
 */
public final class SectionResolver {

    private SectionResolver() {
    }

    public static SectionContent body(MessageStructure message, Section section) {
        if (section.part().isEmpty()) {
            return of(message.root(), section, message.size());
        }
        BodyPart part = find(message.root(), section.part());
        if (part == null) {
            return new SectionContent.Missing();
        }
        if (section.kind() == Section.Kind.CONTENT || section.kind() == Section.Kind.MIME) {
            return section.kind() == Section.Kind.MIME
                    ? new SectionContent.Range(part.headerStart(), part.bodyStart())
                    : new SectionContent.Range(part.bodyStart(), part.bodyEnd());
        }
        if (!part.isEncapsulatedMessage()) {
            return new SectionContent.Missing();
        }
        return of(part.children().get(0), section, -1);
    }

    /** BINARY[part] (RFC 3516): the part's body decoded; the empty part list means the whole message. */
    public static SectionContent binary(MessageStructure message, List<Integer> partNumbers) {
        if (partNumbers.isEmpty()) {
            return new SectionContent.Range(0, message.size());
        }
        BodyPart part = find(message.root(), partNumbers);
        if (part == null) {
            return new SectionContent.Missing();
        }
        String cte = part.encoding() == null ? "7bit" : part.encoding().toLowerCase(Locale.ROOT);
        return switch (cte) {
            case "7bit", "8bit", "binary" -> new SectionContent.Range(part.bodyStart(), part.bodyEnd());
            case "base64", "quoted-printable" -> part.isMultipart() || part.isEncapsulatedMessage()
                    ? new SectionContent.UnknownEncoding(part.encoding())
                    : new SectionContent.Decoded(part.bodyStart(), part.bodyEnd(), cte);
            default -> new SectionContent.UnknownEncoding(part.encoding());
        };
    }

    /** The addressed part, or null when the numbers lead nowhere. */
    public static BodyPart find(BodyPart root, List<Integer> numbers) {
        BodyPart container = root;
        BodyPart part = null;
        for (int n : numbers) {
            if (container == null) {
                return null;
            }
            if (container.isMultipart()) {
                if (n < 1 || n > container.children().size()) {
                    return null;
                }
                part = container.children().get(n - 1);
            } else if (container.envelope() != null && n == 1) {
                part = container; // the body of a message that is not multipart is its part 1
            } else {
                return null;
            }
            container = part.isEncapsulatedMessage() ? part.children().get(0) : part.isMultipart() ? part : null;
        }
        return part;
    }

    private static SectionContent of(BodyPart message, Section section, long size) {
        return switch (section.kind()) {
            case CONTENT -> new SectionContent.Range(message.headerStart(), size >= 0 ? size : message.bodyEnd());
            case HEADER -> new SectionContent.Range(message.headerStart(), message.bodyStart());
            case TEXT -> new SectionContent.Range(message.bodyStart(), message.bodyEnd());
            case HEADER_FIELDS -> new SectionContent.HeaderFields(message.headerStart(), message.bodyStart(),
                    section.fields(), false);
            case HEADER_FIELDS_NOT -> new SectionContent.HeaderFields(message.headerStart(), message.bodyStart(),
                    section.fields(), true);
            case MIME -> new SectionContent.Missing();
        };
    }
}
