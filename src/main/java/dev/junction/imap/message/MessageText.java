package dev.junction.imap.message;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text SEARCH BODY and SEARCH TEXT look in (RFC 9051 section 6.4.4), extracted or matched:
 * every text/* leaf part, nested messages included, decoded from its transfer encoding and
 * charset; for TEXT also the header fields with encoded words decoded. Reads the raw message
 * once, in part order, streaming: an attachment is never held whole. Unknown charsets read as
 * UTF-8 with replacement. Matching folds case per character (no full Unicode case folding:
 * "ß" does not match "SS").
 */
public final class MessageText {

    private static final int CHUNK = 8192;

    private MessageText() {
    }

    /** Receives the decoded text of a message, one piece at a time, in message order. */
    @FunctionalInterface
    public interface TextSink {
        /**
         * @param part the text part, or the message root for its header fields
         * @param text the piece's decoded text; read it or not, it is drained afterwards
         * @return false to stop extracting
         */
        boolean accept(BodyPart part, Reader text) throws IOException;
    }

    /** SEARCH BODY: whether a text part contains the string, case-insensitively. */
    public static boolean bodyContains(MessageStructure message, RawSource raw, String needle) throws IOException {
        return matches(message, raw, false, List.of(needle)).contains(needle);
    }

    /** SEARCH TEXT: whether the header or a text part contains the string, case-insensitively. */
    public static boolean textContains(MessageStructure message, RawSource raw, String needle) throws IOException {
        return matches(message, raw, true, List.of(needle)).contains(needle);
    }

    /**
     * Which of the strings occur (case-insensitively) in the text parts, and with
     * {@code withHeader} in the decoded header fields too: several BODY and TEXT keys of one
     * SEARCH in one pass over the message.
     */
    public static Set<String> matches(MessageStructure message, RawSource raw, boolean withHeader,
            Collection<String> needles) throws IOException {
        Map<String, FoldedMatcher> matchers = new LinkedHashMap<>();
        needles.forEach(n -> matchers.put(n, new FoldedMatcher(n)));
        if (!matchers.values().stream().allMatch(FoldedMatcher::found)) {
            extract(message, raw, withHeader, (part, text) -> {
                matchers.values().forEach(FoldedMatcher::boundary);
                char[] chunk = new char[CHUNK];
                int n;
                while ((n = text.read(chunk)) > 0) {
                    boolean all = true;
                    for (FoldedMatcher m : matchers.values()) {
                        all &= m.feed(chunk, 0, n);
                    }
                    if (all) {
                        return false;
                    }
                }
                return true;
            });
        }
        Set<String> found = new LinkedHashSet<>();
        matchers.forEach((needle, m) -> {
            if (m.found()) {
                found.add(needle);
            }
        });
        return found;
    }

    /**
     * Streams the decoded text of every text/* leaf part (and first, with {@code withHeader},
     * the message's header fields as "Name: decoded value" lines) to the sink, reading the raw
     * message once.
     */
    public static void extract(MessageStructure message, RawSource raw, boolean withHeader, TextSink sink)
            throws IOException {
        List<BodyPart> texts = new ArrayList<>();
        collect(message.root(), texts);
        try (InputStream in = raw.open()) {
            long position = 0;
            if (withHeader) {
                InputStream block = RangeInputStream.limit(nonClosing(in), message.root().bodyStart());
                StringBuilder header = new StringBuilder();
                for (HeaderField f : MessageHeader.read(block).fields()) {
                    header.append(f.name()).append(": ").append(f.decodedValue()).append("\r\n");
                }
                block.transferTo(OutputStream.nullOutputStream());
                position = message.root().bodyStart();
                if (!sink.accept(message.root(), new StringReader(header.toString()))) {
                    return;
                }
            }
            for (BodyPart part : texts) {
                in.skipNBytes(part.bodyStart() - position);
                position = part.bodyEnd();
                InputStream body = RangeInputStream.limit(nonClosing(in), part.size());
                Reader text = new InputStreamReader(TransferDecoding.decode(body, part.encoding()),
                        charset(part).newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE));
                if (!sink.accept(part, text)) {
                    return;
                }
                body.transferTo(OutputStream.nullOutputStream()); // whatever the sink or decoder left
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
