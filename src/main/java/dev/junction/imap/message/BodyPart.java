package dev.junction.imap.message;

import java.util.List;

/**
 * One node of a message's MIME tree, with byte offsets into the raw message so sections can be
 * streamed from the blob without parsing again. The header block is
 * [{@code headerStart}, {@code bodyStart}) including the blank line that ends it; the body is
 * [{@code bodyStart}, {@code bodyEnd}) without the line end that belongs to the next boundary.
 *
 * <p>A multipart has its parts as children. A message/rfc822 part has exactly one child, the
 * encapsulated message, whose header starts where this part's body starts and which carries its
 * own {@link #envelope()}. The root is a message too. Type and subtype are as sent, or the RFC 2045
 * defaults (text/plain; message/rfc822 inside multipart/digest) when absent. {@code lines} counts
 * the line feeds inside the body, as Dovecot does. Null strings mean the field was absent.
 */
public record BodyPart(
        long headerStart,
        long bodyStart,
        long bodyEnd,
        String type,
        String subtype,
        List<Parameter> parameters,
        String id,
        String description,
        String encoding,
        String md5,
        String disposition,
        List<Parameter> dispositionParameters,
        List<String> language,
        String location,
        long lines,
        MessageEnvelope envelope,
        List<BodyPart> children) {

    public BodyPart {
        parameters = List.copyOf(parameters);
        dispositionParameters = List.copyOf(dispositionParameters);
        language = language == null ? null : List.copyOf(language);
        children = List.copyOf(children);
    }

    /** Size of the body in octets as stored (still transfer-encoded). */
    public long size() {
        return bodyEnd - bodyStart;
    }

    public boolean isMultipart() {
        return type.equalsIgnoreCase("multipart");
    }

    /** A message/rfc822 (or message/global, RFC 6532) part whose encapsulated message was parsed. */
    public boolean isEncapsulatedMessage() {
        return type.equalsIgnoreCase("message")
                && (subtype.equalsIgnoreCase("rfc822") || subtype.equalsIgnoreCase("global"))
                && children.size() == 1;
    }

    public boolean isText() {
        return type.equalsIgnoreCase("text");
    }

    /** The value of a Content-Type parameter (case-insensitive name, as sent), or null. */
    public String parameter(String name) {
        for (Parameter p : parameters) {
            if (p.name().equalsIgnoreCase(name)) {
                return p.value();
            }
        }
        return null;
    }
}
