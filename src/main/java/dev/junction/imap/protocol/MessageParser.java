package dev.junction.imap.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** STORE, COPY, MOVE, SORT, THREAD and the UID forms; SEARCH and FETCH have their own parsers. */
final class MessageParser {

    private MessageParser() {
    }

    /** The verb after {@code UID}. */
    static MessageCommand uid(Tokenizer t, String verb) throws IOException, ProtocolException {
        if (verb.equals("EXPUNGE")) {
            t.sp();
            return new MessageCommand.Expunge(Terms.sequenceSet(t));
        }
        return switch (verb) {
            case "SEARCH", "FETCH", "STORE", "COPY", "MOVE", "SORT", "THREAD" -> parse(t, verb, true);
            default -> throw ProtocolException.syntax("unknown command");
        };
    }

    static MessageCommand plain(Tokenizer t, String verb) throws IOException, ProtocolException {
        return parse(t, verb, false);
    }

    private static MessageCommand parse(Tokenizer t, String verb, boolean uid) throws IOException, ProtocolException {
        return switch (verb) {
            case "SEARCH" -> SearchParser.search(t, uid);
            case "FETCH" -> FetchParser.fetch(t, uid);
            case "STORE" -> store(t, uid);
            case "COPY", "MOVE" -> {
                t.sp();
                SequenceSet set = Terms.sequenceSet(t);
                t.sp();
                String mailbox = Terms.mailbox(t);
                yield verb.equals("COPY") ? new MessageCommand.Copy(uid, set, mailbox)
                        : new MessageCommand.Move(uid, set, mailbox);
            }
            case "SORT" -> sort(t, uid);
            case "THREAD" -> thread(t, uid);
            default -> throw new IllegalStateException(verb);
        };
    }

    /** {@code sequence-set [SP "(" UNCHANGEDSINCE n ")"] SP ["+"/"-"] "FLAGS" [".SILENT"] SP flags}. */
    private static MessageCommand store(Tokenizer t, boolean uid) throws ProtocolException {
        t.sp();
        SequenceSet set = Terms.sequenceSet(t);
        t.sp();
        OptionalLong unchangedSince = OptionalLong.empty();
        if (t.peek() == '(') {
            t.open();
            do {
                String modifier = t.keyword();
                if (!modifier.equals("UNCHANGEDSINCE")) throw ProtocolException.syntax("unknown modifier " + modifier);
                t.sp();
                unchangedSince = OptionalLong.of(Terms.number64(t));
            } while (t.take(' '));
            t.close();
            t.sp();
        }
        MessageCommand.Store.Mode mode = t.take('+') ? MessageCommand.Store.Mode.ADD
                : t.take('-') ? MessageCommand.Store.Mode.REMOVE : MessageCommand.Store.Mode.REPLACE;
        String item = Chars.atom(t.peek()) ? t.keyword() : "";
        boolean silent = item.equals("FLAGS.SILENT");
        if (!silent && !item.equals("FLAGS")) throw ProtocolException.syntax("expected FLAGS, +FLAGS or -FLAGS");
        t.sp();
        List<String> flags = new ArrayList<>();
        if (t.peek() == '(') {
            flags.addAll(Terms.flagList(t));
        } else {
            do {
                flags.add(Terms.flag(t));
            } while (t.take(' '));
        }
        return new MessageCommand.Store(uid, set, mode, silent, List.copyOf(flags), unchangedSince);
    }

    /** {@code "(" [REVERSE SP] sort-key *(SP ...) ")" SP charset 1*(SP search-key)} (RFC 5256). */
    private static MessageCommand sort(Tokenizer t, boolean uid) throws IOException, ProtocolException {
        t.sp();
        List<SortCriterion> order = new ArrayList<>();
        t.open();
        do {
            boolean reverse = t.takeWord("REVERSE");
            if (reverse) t.sp();
            String key = t.keyword();
            try {
                order.add(new SortCriterion(SortCriterion.Key.valueOf(key), reverse));
            } catch (IllegalArgumentException e) {
                throw ProtocolException.syntax("unknown sort key " + key);
            }
        } while (t.take(' '));
        t.close();
        t.sp();
        String charset = t.astring();
        t.sp();
        return new MessageCommand.Sort(uid, List.copyOf(order), charset, SearchParser.criteria(t, charset));
    }

    /** {@code thread-alg SP charset 1*(SP search-key)} (RFC 5256). */
    private static MessageCommand thread(Tokenizer t, boolean uid) throws IOException, ProtocolException {
        t.sp();
        String name = t.keyword();
        ThreadAlgorithm algorithm;
        try {
            algorithm = ThreadAlgorithm.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ProtocolException.syntax("unknown thread algorithm " + name);
        }
        t.sp();
        String charset = t.astring();
        t.sp();
        return new MessageCommand.Thread(uid, algorithm, charset, SearchParser.criteria(t, charset));
    }
}
