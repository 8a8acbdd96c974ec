package dev.junction.imap.protocol;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SEARCH (RFC 9051 6.4.4) with ESEARCH RETURN options (RFC 4731), SAVE (RFC 5182), MODSEQ
 * (RFC 7162) and OLDER/YOUNGER (RFC 5032); {@link #criteria} also serves SORT and THREAD.
 */
final class SearchParser {

    private SearchParser() {
    }

    /** {@code [SP "RETURN" SP "(" opts ")"] [SP "CHARSET" SP astring] 1*(SP search-key)}. */
    static MessageCommand search(Tokenizer t, boolean uid) throws IOException, ProtocolException {
        t.sp();
        Set<SearchReturn> returns = null;
        if (t.takeWord("RETURN")) {
            t.sp();
            returns = EnumSet.noneOf(SearchReturn.class);
            for (String option : Terms.keywordList(t, true)) {
                try {
                    returns.add(SearchReturn.valueOf(option));
                } catch (IllegalArgumentException e) {
                    throw ProtocolException.syntax("unknown RETURN option " + option);
                }
            }
            if (returns.isEmpty()) returns.add(SearchReturn.ALL);
            returns = Set.copyOf(returns);
            t.sp();
        }
        String charset = null;
        if (t.takeWord("CHARSET")) {
            t.sp();
            charset = t.astring();
            t.sp();
        }
        try {
            return new MessageCommand.Search(uid, charset, criteria(t, charset), returns);
        } catch (ProtocolException e) {
            boolean saves = returns != null && returns.contains(SearchReturn.SAVE);
            throw saves && e.refusedWithNo() ? e.resettingSavedSearch() : e;
        }
    }

    /** One or more search keys separated by SP, up to the end of the command; several are an And. */
    static SearchKey criteria(Tokenizer t, String charsetName) throws IOException, ProtocolException {
        Charset charset = charset(charsetName);
        List<SearchKey> keys = new ArrayList<>();
        do {
            keys.add(key(t, charset));
        } while (t.take(' '));
        return keys.size() == 1 ? keys.getFirst() : new SearchKey.And(keys);
    }

    /** Null when the client named none: UTF-8, or ISO-8859-1 where the octets are not UTF-8 (see {@link #value}). */
    private static Charset charset(String name) throws ProtocolException {
        if (name == null) return null;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ProtocolException.Kind.BAD_CHARSET, "unsupported charset " + name);
        }
    }

    private static SearchKey key(Tokenizer t, Charset charset) throws IOException, ProtocolException {
        int c = t.peek();
        if (c == '(') {
            t.open();
            List<SearchKey> keys = new ArrayList<>();
            do {
                keys.add(key(t, charset));
            } while (t.take(' '));
            t.close();
            return keys.size() == 1 ? keys.getFirst() : new SearchKey.And(keys);
        }
        if (Chars.digit(c) || c == '*' || c == '$') return new SearchKey.Sequence(Terms.sequenceSet(t), false);
        if (!Chars.atom(c)) throw ProtocolException.syntax(t.atEnd() ? "missing search key" : "expected a search key");
        String name = t.keyword();
        return switch (name) {
            case "ALL" -> new SearchKey.All();
            case "ANSWERED", "DELETED", "DRAFT", "FLAGGED", "SEEN", "RECENT" -> flag(name, true);
            case "UNANSWERED", "UNDELETED", "UNDRAFT", "UNFLAGGED", "UNSEEN" -> flag(name.substring(2), false);
            case "NEW" -> new SearchKey.And(List.of(flag("RECENT", true), flag("SEEN", false)));
            case "OLD" -> flag("RECENT", false);
            case "KEYWORD", "UNKEYWORD" -> {
                t.sp();
                yield new SearchKey.Flag(t.atom(), name.equals("KEYWORD"));
            }
            case "BCC", "CC", "FROM", "TO", "SUBJECT" -> new SearchKey.Header(fieldName(name), value(t, charset));
            case "HEADER" -> {
                t.sp();
                String field = t.astring();
                yield new SearchKey.Header(field, value(t, charset));
            }
            case "BODY" -> new SearchKey.Body(value(t, charset));
            case "TEXT" -> new SearchKey.Text(value(t, charset));
            case "BEFORE", "ON", "SINCE" -> date(t, SearchKey.Date.Field.INTERNAL, name);
            case "SENTBEFORE", "SENTON", "SENTSINCE" -> date(t, SearchKey.Date.Field.SENT, name.substring(4));
            case "LARGER", "SMALLER" -> {
                t.sp();
                yield new SearchKey.Size(name.equals("LARGER"), Terms.number64(t));
            }
            case "OLDER", "YOUNGER" -> {
                t.sp();
                yield new SearchKey.Age(name.equals("OLDER"), Terms.nzNumber(t));
            }
            case "UID" -> {
                t.sp();
                yield new SearchKey.Sequence(Terms.sequenceSet(t), true);
            }
            case "NOT" -> {
                t.sp();
                yield new SearchKey.Not(nested(t, charset));
            }
            case "OR" -> {
                t.sp();
                SearchKey left = nested(t, charset);
                t.sp();
                yield new SearchKey.Or(left, nested(t, charset));
            }
            case "MODSEQ" -> modSeq(t);
            default -> throw ProtocolException.syntax("unknown search key " + name);
        };
    }

    /** NOT and OR recurse without parentheses, so they count against the depth limit too. */
    private static SearchKey nested(Tokenizer t, Charset charset) throws IOException, ProtocolException {
        t.nest();
        SearchKey key = key(t, charset);
        t.unnest();
        return key;
    }

    private static SearchKey flag(String name, boolean set) {
        return new SearchKey.Flag("\\" + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT), set);
    }

    private static String fieldName(String key) {
        return key.charAt(0) + key.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * A search string in the named charset. Without one, UTF-8 (RFC 9051, RFC 6855) — but some
     * clients that enabled UTF8=ACCEPT still send 8-bit text as ISO-8859-1 (Jakarta Mail does), so
     * octets that are not UTF-8 are read as ISO-8859-1 rather than refused. A client that named
     * UTF-8 and sent something else gets BAD.
     */
    private static String value(Tokenizer t, Charset charset) throws IOException, ProtocolException {
        t.sp();
        byte[] bytes = t.astringBytes(true);
        if (charset == null) {
            try {
                return Tokenizer.utf8String(bytes);
            } catch (ProtocolException notUtf8) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
        return charset.equals(StandardCharsets.UTF_8) ? Tokenizer.utf8String(bytes) : new String(bytes, charset);
    }

    private static SearchKey date(Tokenizer t, SearchKey.Date.Field field, String comparison)
            throws IOException, ProtocolException {
        t.sp();
        return new SearchKey.Date(field, SearchKey.Date.Comparison.valueOf(comparison), Terms.date(t));
    }

    /** {@code MODSEQ [SP entry-name SP entry-type-req] SP mod-sequence-valzer} (RFC 7162 3.1.5). */
    private static SearchKey modSeq(Tokenizer t) throws IOException, ProtocolException {
        t.sp();
        if (t.peek() != '"') return new SearchKey.ModSeq(null, null, Terms.number64(t));
        String entry = t.string();
        if (!entry.toLowerCase(Locale.ROOT).startsWith("/flags/")) throw ProtocolException.syntax("invalid MODSEQ entry name");
        t.sp();
        String type = t.keyword().toLowerCase(Locale.ROOT);
        if (!type.equals("priv") && !type.equals("shared") && !type.equals("all")) {
            throw ProtocolException.syntax("invalid MODSEQ entry type");
        }
        t.sp();
        return new SearchKey.ModSeq(entry, type, Terms.number64(t));
    }
}
