package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.List;

/** The MIME header fields of one part (RFC 2045, 2183, 3066, 2557, 1864), read from its header block. */
record PartHeaders(
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
        String location) {

    /**
     * @param digest whether the enclosing multipart is multipart/digest, whose parts default to
     *               message/rfc822 (RFC 2046 section 5.1.5)
     */
    static PartHeaders of(HeaderBlock header, boolean digest) {
        String type = digest ? "message" : "text";
        String subtype = digest ? "rfc822" : "plain";
        List<Parameter> parameters = List.of();
        String contentType = header.first("Content-Type");
        if (contentType != null) {
            MediaField field = MediaField.parse(contentType);
            String value = field.value();
            int slash = value.indexOf('/');
            // An unusable Content-Type means text/plain (RFC 2045 section 5.2); a type without
            // subtype is kept with an empty one, as Dovecot does.
            if (!value.isEmpty() && slash != 0 && value.indexOf(' ') < 0) {
                type = slash < 0 ? value : value.substring(0, slash);
                subtype = slash < 0 ? "" : value.substring(slash + 1);
                parameters = field.parameters();
            } else {
                type = "text";
                subtype = "plain";
            }
        }
        String disposition = null;
        List<Parameter> dispositionParameters = List.of();
        String contentDisposition = header.first("Content-Disposition");
        if (contentDisposition != null) {
            MediaField field = MediaField.parse(contentDisposition);
            if (!field.value().isEmpty()) {
                disposition = field.value();
                dispositionParameters = field.parameters();
            }
        }
        return new PartHeaders(type, subtype, parameters,
                blankToNull(header.first("Content-ID")),
                blankToNull(header.first("Content-Description")),
                token(header.first("Content-Transfer-Encoding")),
                blankToNull(header.first("Content-MD5")),
                disposition, dispositionParameters,
                languages(header.first("Content-Language")),
                blankToNull(header.first("Content-Location")));
    }

    private static String token(String value) {
        if (value == null) {
            return null;
        }
        String v = MediaField.parse(value).value();
        return v.isEmpty() ? null : v;
    }

    private static List<String> languages(String value) {
        if (value == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String tag : value.replaceAll("\\([^)]*\\)", " ").split("[,\\s]+")) {
            if (!tag.isEmpty()) {
                out.add(tag);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
