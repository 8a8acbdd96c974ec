package dev.junction.imap.message;

import java.util.List;

/**
 * Writes BODY (non-extensible) and BODYSTRUCTURE (with extension data) in IMAP syntax
 * (RFC 9051 section 7.5.2, grammar "body"). Follows Dovecot where the RFC leaves room: an
 * absent Content-Type is "text" "plain", a text part without charset gets ("charset"
 * "us-ascii"), an absent encoding is "7bit", a multipart that yielded no parts is written with
 * one empty text/plain part, and an unparsed message/rfc822 with an empty envelope and body,
 * since the grammar requires them.
 */
public final class BodyStructureEncoder {

    private static final String EMPTY = "(\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 0 0)";
    private static final String EMPTY_EXTENDED =
            "(\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 0 0 NIL NIL NIL NIL)";

    private final ImapStrings strings;
    private final EnvelopeEncoder envelopes;

    public BodyStructureEncoder(ImapStrings strings) {
        this.strings = strings;
        this.envelopes = new EnvelopeEncoder(strings);
    }

    /** BODYSTRUCTURE of the message, with extension data. */
    public String bodyStructure(MessageStructure message) {
        StringBuilder out = new StringBuilder(512);
        part(out, message.root(), true);
        return out.toString();
    }

    /** BODY of the message: the same without extension data. */
    public String body(MessageStructure message) {
        StringBuilder out = new StringBuilder(512);
        part(out, message.root(), false);
        return out.toString();
    }

    private void part(StringBuilder out, BodyPart p, boolean extended) {
        if (p.isMultipart()) {
            multipart(out, p, extended);
        } else {
            single(out, p, extended);
        }
    }

    private void multipart(StringBuilder out, BodyPart p, boolean extended) {
        out.append('(');
        if (p.children().isEmpty()) {
            out.append(extended ? EMPTY_EXTENDED : EMPTY);
        }
        for (BodyPart child : p.children()) {
            part(out, child, extended);
        }
        out.append(' ');
        strings.string(out, p.subtype());
        if (extended) {
            out.append(' ');
            parameters(out, p.parameters(), false);
            extension(out, p);
        }
        out.append(')');
    }

    private void single(StringBuilder out, BodyPart p, boolean extended) {
        out.append('(');
        strings.string(out, p.type());
        out.append(' ');
        strings.string(out, p.subtype());
        out.append(' ');
        parameters(out, p.parameters(), p.isText());
        out.append(' ');
        strings.nstring(out, p.id());
        out.append(' ');
        strings.nstring(out, p.description());
        out.append(' ');
        strings.string(out, p.encoding() == null ? "7bit" : p.encoding());
        out.append(' ').append(p.size());
        if (p.isEncapsulatedMessage()) {
            BodyPart message = p.children().get(0);
            out.append(' ');
            envelopes.write(out, message.envelope());
            out.append(' ');
            part(out, message, extended);
            out.append(' ').append(p.lines());
        } else if (isMessage(p)) {
            // Not parsed (transfer-encoded, or past the depth cap), but the grammar needs an
            // envelope and a body: an empty one of each, as Dovecot writes.
            out.append(" (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) ").append(extended ? EMPTY_EXTENDED : EMPTY);
            out.append(' ').append(p.lines());
        } else if (p.isText()) {
            out.append(' ').append(p.lines());
        }
        if (extended) {
            out.append(' ');
            strings.nstring(out, p.md5());
            extension(out, p);
        }
        out.append(')');
    }

    private static boolean isMessage(BodyPart p) {
        return p.type().equalsIgnoreCase("message")
                && (p.subtype().equalsIgnoreCase("rfc822") || p.subtype().equalsIgnoreCase("global"));
    }

    /** body-fld-dsp, body-fld-lang and body-fld-loc, common to both kinds. */
    private void extension(StringBuilder out, BodyPart p) {
        out.append(' ');
        if (p.disposition() == null) {
            out.append("NIL");
        } else {
            out.append('(');
            strings.string(out, p.disposition());
            out.append(' ');
            parameters(out, p.dispositionParameters(), false);
            out.append(')');
        }
        out.append(' ');
        if (p.language() == null) {
            out.append("NIL");
        } else {
            out.append('(');
            for (int i = 0; i < p.language().size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                strings.string(out, p.language().get(i));
            }
            out.append(')');
        }
        out.append(' ');
        strings.nstring(out, p.location());
    }

    private void parameters(StringBuilder out, List<Parameter> parameters, boolean text) {
        boolean defaultCharset = text && parameters.stream().noneMatch(q -> q.name().equalsIgnoreCase("charset"));
        if (parameters.isEmpty() && !defaultCharset) {
            out.append("NIL");
            return;
        }
        out.append('(');
        for (Parameter q : parameters) {
            strings.string(out, q.name());
            out.append(' ');
            strings.string(out, q.value());
            out.append(' ');
        }
        if (defaultCharset) {
            out.append("\"charset\" \"us-ascii\" ");
        }
        out.setCharAt(out.length() - 1, ')');
    }
}
