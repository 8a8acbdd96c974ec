package dev.junction.imap.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteArrayBuffer;

/**
 * A Content-Type or Content-Disposition value split into its value and parameters with Mime4j's
 * lenient field parser (RFC 2045 section 5.1, comments and quoting handled). Parameters keep
 * their order and raw form; RFC 2231 decoding is {@link HeaderDecoder#parameters}' job.
 */
record MediaField(String value, List<Parameter> parameters) {

    static MediaField parse(String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        ByteArrayBuffer buffer = new ByteArrayBuffer(bytes, bytes.length, false);
        RawBody body = RawFieldParser.DEFAULT.parseRawBody(buffer, new ParserCursor(0, bytes.length));
        List<Parameter> parameters = new ArrayList<>();
        for (NameValuePair pair : body.getParams()) {
            if (pair.getName() != null && !pair.getName().isEmpty()) {
                parameters.add(new Parameter(utf8(pair.getName()), utf8(pair.getValue() == null ? "" : pair.getValue())));
            }
        }
        return new MediaField(utf8(body.getValue()).strip(), Rfc2231Sections.join(parameters));
    }

    /** Mime4j maps each byte to one char; put multi-byte UTF-8 back together. */
    private static String utf8(String latin1) {
        byte[] b = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return Text.decode(b, 0, b.length);
    }
}
