package dev.junction.imap.message;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text SEARCH BODY and SEARCH TEXT look in (RFC 9051 section 6.4.4): every text/* leaf part,
 * nested messages included, decoded from its transfer encoding and charset; for TEXT also the
 * header fields with encoded words decoded. Reads the raw message once, in part order, streaming:
 * an attachment is never held whole. Unknown charsets read as UTF-8 with replacement.
 */
public final class MessageText {

    private static final int CHUNK = 8192;

    private MessageText() {
    }

    /** SEARCH BODY: whether a text part contains the string, case-insensitively. */
    public static boolean bodyContains(MessageStructure message, RawSource raw, String needle) throws IOException {
        FoldedMatcher matcher = new FoldedMatcher(needle);
        scan(message, raw, matcher, false);
        return matcher.found();
    }

    /** SEARCH TEXT: whether the header or a text part contains the string, case-insensitively. */
    public static boolean textContains(MessageStructure message, RawSource raw, String needle) throws IOException {
        FoldedMatcher matcher = new FoldedMatcher(needle);
        scan(message, raw, matcher, true);
        return matcher.found();
    }

    private static void scan(MessageStructure message, RawSource raw, FoldedMatcher matcher, boolean header)
            throws IOException {
        if (matcher.found()) {
            return;
        }
        List<BodyPart> texts = new ArrayList<>();
        collect(message.root(), texts);
        try (InputStream in = raw.open()) {
            long position = 0;
            if (header) {
                InputStream block = RangeInputStream.limit(nonClosing(in), message.root().bodyStart());
                for (HeaderField f : MessageHeader.read(block).fields()) {
                    matcher.boundary();
                    if (matcher.feed(f.name() + ": " + f.decodedValue())) {
                        return;
                    }
                }
                block.transferTo(OutputStream.nullOutputStream());
                position = message.root().bodyStart();
            }
            for (BodyPart part : texts) {
                in.skipNBytes(part.bodyStart() - position);
                position = part.bodyEnd();
                matcher.boundary();
                InputStream body = RangeInputStream.limit(nonClosing(in), part.size());
                if (search(TransferDecoding.decode(body, part.encoding()), charset(part), matcher)) {
                    return;
                }
                body.transferTo(OutputStream.nullOutputStream()); // a decoder may stop before the end
            }
        }
    }

    private static void collect(BodyPart part, List<BodyPart> out) {
        if (part.children().isEmpty()) {
            if (part.isText()) {
                out.add(part);
            }
            return;
        }
        part.children().forEach(c -> collect(c, out));
    }

    private static boolean search(InputStream body, Charset charset, FoldedMatcher matcher) throws IOException {
        Reader reader = new InputStreamReader(body, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        char[] chunk = new char[CHUNK];
        int n;
        while ((n = reader.read(chunk)) > 0) {
            if (matcher.feed(chunk, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /** The part's charset; US-ASCII and unknown names read as UTF-8, which 8-bit mail often is anyway. */
    private static Charset charset(BodyPart part) {
        Charset c = HeaderDecoder.charset(part.parameter("charset"), StandardCharsets.UTF_8);
        return c.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : c;
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller closes the raw stream once, after all parts
            }
        };
    }
}
