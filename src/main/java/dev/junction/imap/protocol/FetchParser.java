package dev.junction.imap.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * FETCH (RFC 9051 6.4.5): the macros, the data items with sections and partials, BINARY
 * (RFC 3516) and the CHANGEDSINCE/VANISHED modifiers (RFC 7162).
 */
final class FetchParser {

    private static final List<FetchAttribute> FAST = List.of(FetchAttribute.Item.FLAGS,
            FetchAttribute.Item.INTERNALDATE, FetchAttribute.Item.RFC822_SIZE);
    private static final List<FetchAttribute> ALL = List.of(FetchAttribute.Item.FLAGS,
            FetchAttribute.Item.INTERNALDATE, FetchAttribute.Item.RFC822_SIZE, FetchAttribute.Item.ENVELOPE);
    private static final List<FetchAttribute> FULL = List.of(FetchAttribute.Item.FLAGS,
            FetchAttribute.Item.INTERNALDATE, FetchAttribute.Item.RFC822_SIZE, FetchAttribute.Item.ENVELOPE,
            FetchAttribute.Item.BODY);

    private FetchParser() {
    }

    static MessageCommand fetch(Tokenizer t, boolean uid) throws IOException, ProtocolException {
        t.sp();
        SequenceSet set = Terms.sequenceSet(t);
        t.sp();
        List<FetchAttribute> attributes = new ArrayList<>();
        if (t.peek() == '(') {
            t.open();
            do {
                attributes.add(attribute(t, name(t)));
            } while (t.take(' '));
            t.close();
        } else {
            String name = name(t);
            switch (name) {
                case "ALL" -> attributes.addAll(ALL);
                case "FAST" -> attributes.addAll(FAST);
                case "FULL" -> attributes.addAll(FULL);
                default -> attributes.add(attribute(t, name));
            }
        }
        OptionalLong changedSince = OptionalLong.empty();
        boolean vanished = false;
        if (t.take(' ')) {
            t.open();
            do {
                String modifier = t.keyword();
                switch (modifier) {
                    case "CHANGEDSINCE" -> {
                        t.sp();
                        changedSince = OptionalLong.of(Terms.number64(t));
                    }
                    case "VANISHED" -> vanished = true;
                    default -> throw ProtocolException.syntax("unknown modifier " + modifier);
                }
            } while (t.take(' '));
            t.close();
        }
        if (vanished && !uid) throw ProtocolException.syntax("VANISHED is only allowed in UID FETCH");
        if (vanished && changedSince.isEmpty()) throw ProtocolException.syntax("VANISHED needs CHANGEDSINCE");
        return new MessageCommand.Fetch(uid, set, List.copyOf(attributes), changedSince, vanished);
    }

    /** The item name: letters, digits and dots, up to a {@code [}, space or parenthesis. */
    private static String name(Tokenizer t) throws ProtocolException {
        String name = t.run(c -> Character.isLetterOrDigit(c) && c < 0x80 || c == '.').toUpperCase(Locale.ROOT);
        if (name.isEmpty()) throw ProtocolException.syntax(t.atEnd() ? "missing argument" : "expected a fetch attribute");
        return name;
    }

    private static FetchAttribute attribute(Tokenizer t, String name) throws IOException, ProtocolException {
        return switch (name) {
            case "ENVELOPE" -> FetchAttribute.Item.ENVELOPE;
            case "FLAGS" -> FetchAttribute.Item.FLAGS;
            case "INTERNALDATE" -> FetchAttribute.Item.INTERNALDATE;
            case "RFC822.SIZE" -> FetchAttribute.Item.RFC822_SIZE;
            case "BODYSTRUCTURE" -> FetchAttribute.Item.BODYSTRUCTURE;
            case "UID" -> FetchAttribute.Item.UID;
            case "MODSEQ" -> FetchAttribute.Item.MODSEQ;
            case "RFC822" -> FetchAttribute.Item.RFC822;
            case "RFC822.HEADER" -> FetchAttribute.Item.RFC822_HEADER;
            case "RFC822.TEXT" -> FetchAttribute.Item.RFC822_TEXT;
            case "BODY" -> t.peek() == '['
                    ? new FetchAttribute.BodySection(SectionParser.section(t), false, partial(t))
                    : FetchAttribute.Item.BODY;
            case "BODY.PEEK" -> new FetchAttribute.BodySection(SectionParser.section(t), true, partial(t));
            case "BINARY", "BINARY.PEEK" ->
                    new FetchAttribute.Binary(SectionParser.binaryPart(t), name.endsWith(".PEEK"), partial(t));
            case "BINARY.SIZE" -> new FetchAttribute.BinarySize(SectionParser.binaryPart(t));
            default -> throw ProtocolException.syntax("unknown fetch attribute " + name);
        };
    }

    /** {@code ["<" number64 "." nz-number64 ">"]}, null when absent. */
    private static FetchAttribute.Partial partial(Tokenizer t) throws ProtocolException {
        if (!t.take('<')) return null;
        long offset = Terms.number64(t);
        t.expect('.', "invalid partial");
        long count = Terms.number64(t);
        if (count == 0) throw ProtocolException.syntax("invalid partial");
        t.expect('>', "invalid partial");
        return new FetchAttribute.Partial(offset, count);
    }
}
