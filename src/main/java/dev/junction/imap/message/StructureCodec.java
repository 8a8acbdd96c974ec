package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.List;

/**
 * The cache form of a {@link MessageStructure}: a version tag, then numbers as {@code 123;},
 * strings as {@code length:chars}, null as {@code ~}, lists as a count followed by their items,
 * and {@code =} for an envelope address list equal to From.
 * Compact, unambiguous for any text, and quick to read back without a JSON library.
 */
final class StructureCodec {

    private static final String VERSION = "J1;";

    private StructureCodec() {
    }

    static String encode(MessageStructure s) {
        StringBuilder out = new StringBuilder(VERSION);
        number(out, s.size());
        string(out, s.references());
        part(out, s.root());
        return out.toString();
    }

    static MessageStructure decode(String text) {
        if (text == null || !text.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a cached message structure");
        }
        try {
            Reader in = new Reader(text, VERSION.length());
            long size = in.number();
            String references = in.string();
            MessageStructure s = new MessageStructure(size, in.part(0), references);
            if (in.pos != text.length()) {
                throw new IllegalArgumentException("trailing data in cached message structure");
            }
            return s;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("corrupt cached message structure", e);
        }
    }

    private static void part(StringBuilder out, BodyPart p) {
        number(out, p.headerStart());
        number(out, p.bodyStart());
        number(out, p.bodyEnd());
        string(out, p.type());
        string(out, p.subtype());
        parameters(out, p.parameters());
        string(out, p.id());
        string(out, p.description());
        string(out, p.encoding());
        string(out, p.md5());
        string(out, p.disposition());
        parameters(out, p.dispositionParameters());
        if (p.language() == null) {
            out.append('~');
        } else {
            number(out, p.language().size());
            p.language().forEach(l -> string(out, l));
        }
        string(out, p.location());
        number(out, p.lines());
        MessageEnvelope e = p.envelope();
        if (e == null) {
            out.append('~');
        } else {
            out.append('E');
            string(out, e.date());
            string(out, e.subject());
            for (List<EnvelopeAddress> list : List.of(e.from(), e.sender(), e.replyTo(), e.to(), e.cc(), e.bcc())) {
                if (list != e.from() && list.equals(e.from())) {
                    out.append('='); // Sender and Reply-To are usually From
                    continue;
                }
                number(out, list.size());
                for (EnvelopeAddress a : list) {
                    string(out, a.name());
                    string(out, a.route());
                    string(out, a.mailbox());
                    string(out, a.host());
                }
            }
            string(out, e.inReplyTo());
            string(out, e.messageId());
        }
        number(out, p.children().size());
        p.children().forEach(c -> part(out, c));
    }

    private static void parameters(StringBuilder out, List<Parameter> list) {
        number(out, list.size());
        for (Parameter p : list) {
            string(out, p.name());
            string(out, p.value());
        }
    }

    private static void number(StringBuilder out, long n) {
        out.append(n).append(';');
    }

    private static void string(StringBuilder out, String s) {
        if (s == null) {
            out.append('~');
        } else {
            out.append(s.length()).append(':').append(s);
        }
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text, int pos) {
            this.text = text;
            this.pos = pos;
        }

        BodyPart part(int depth) {
            if (depth > StructureParser.MAX_DEPTH + 1) {
                throw new IllegalArgumentException("too deep");
            }
            long headerStart = number();
            long bodyStart = number();
            long bodyEnd = number();
            String type = string();
            String subtype = string();
            List<Parameter> parameters = parameters();
            String id = string();
            String description = string();
            String encoding = string();
            String md5 = string();
            String disposition = string();
            List<Parameter> dispositionParameters = parameters();
            List<String> language = null;
            if (!nil()) {
                int n = count();
                language = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    language.add(string());
                }
            }
            String location = string();
            long lines = number();
            MessageEnvelope envelope = nil() ? null : envelope();
            int n = count();
            List<BodyPart> children = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                children.add(part(depth + 1));
            }
            return new BodyPart(headerStart, bodyStart, bodyEnd, type, subtype, parameters, id, description,
                    encoding, md5, disposition, dispositionParameters, language, location, lines, envelope, children);
        }

        private MessageEnvelope envelope() {
            expect('E');
            String date = string();
            String subject = string();
            List<List<EnvelopeAddress>> lists = new ArrayList<>();
            for (int l = 0; l < 6; l++) {
                if (l > 0 && text.charAt(pos) == '=') {
                    pos++;
                    lists.add(lists.get(0));
                    continue;
                }
                int n = count();
                List<EnvelopeAddress> list = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    list.add(new EnvelopeAddress(string(), string(), string(), string()));
                }
                lists.add(list);
            }
            return new MessageEnvelope(date, subject, lists.get(0), lists.get(1), lists.get(2), lists.get(3),
                    lists.get(4), lists.get(5), string(), string());
        }

        private List<Parameter> parameters() {
            int n = count();
            List<Parameter> list = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                list.add(new Parameter(string(), string()));
            }
            return list;
        }

        private boolean nil() {
            if (text.charAt(pos) == '~') {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (text.charAt(pos++) != c) {
                throw new IllegalArgumentException("expected " + c);
            }
        }

        private int count() {
            long n = number();
            if (n < 0 || n > text.length()) {
                throw new IllegalArgumentException("bad count");
            }
            return (int) n;
        }

        long number() {
            int end = text.indexOf(';', pos);
            long n = Long.parseLong(text, pos, end, 10);
            pos = end + 1;
            return n;
        }

        String string() {
            if (nil()) {
                return null;
            }
            int colon = text.indexOf(':', pos);
            int length = Integer.parseInt(text, pos, colon, 10);
            String s = text.substring(colon + 1, colon + 1 + length);
            pos = colon + 1 + length;
            return s;
        }
    }
}
