package dev.junction.imap.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The value forms commands share: numbers, sequence sets, dates, flags and mailbox names. */
final class Terms {

    private static final long NUMBER64_MAX = Long.MAX_VALUE;
    private static final List<String> SYSTEM_FLAGS =
            List.of("\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft", "\\Recent");

    private Terms() {
    }

    /** {@code number}: 32-bit unsigned. */
    static long number(Tokenizer t) throws ProtocolException {
        return digits(t, SequenceSet.MAX_NUMBER);
    }

    /** {@code nz-number}: 1 to 2^32-1. */
    static long nzNumber(Tokenizer t) throws ProtocolException {
        long n = number(t);
        if (n == 0) throw ProtocolException.syntax("expected a non-zero number");
        return n;
    }

    /** {@code number64} (also mod-sequence-value): 0 to 2^63-1. */
    static long number64(Tokenizer t) throws ProtocolException {
        return digits(t, NUMBER64_MAX);
    }

    private static long digits(Tokenizer t, long max) throws ProtocolException {
        String digits = t.run(Chars::digit);
        if (digits.isEmpty()) throw ProtocolException.syntax(t.atEnd() ? "missing argument" : "expected a number");
        boolean fitsLong = digits.length() < 19
                || (digits.length() == 19 && digits.compareTo(Long.toString(Long.MAX_VALUE)) <= 0);
        if (!fitsLong || Long.parseLong(digits) > max) throw ProtocolException.syntax("number out of range");
        return Long.parseLong(digits);
    }

    static SequenceSet sequenceSet(Tokenizer t) throws ProtocolException {
        String text = t.run(c -> Chars.digit(c) || c == ':' || c == '*' || c == ',' || c == '$');
        if (text.isEmpty()) throw ProtocolException.syntax(t.atEnd() ? "missing argument" : "expected a sequence set");
        try {
            return SequenceSet.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProtocolException.syntax(e.getMessage());
        }
    }

    /** {@code date}: date-text, bare or quoted. */
    static LocalDate date(Tokenizer t) throws IOException, ProtocolException {
        String text = t.peek() == '"' ? t.string() : t.run(c -> Chars.digit(c) || Character.isLetter(c) || c == '-');
        try {
            return ImapDates.date(text);
        } catch (IllegalArgumentException e) {
            throw ProtocolException.syntax("invalid date");
        }
    }

    /** {@code date-time}: always quoted. */
    static OffsetDateTime dateTime(Tokenizer t) throws IOException, ProtocolException {
        if (t.peek() != '"') throw ProtocolException.syntax("expected a quoted date-time");
        try {
            return ImapDates.dateTime(t.string());
        } catch (IllegalArgumentException e) {
            throw ProtocolException.syntax("invalid date-time");
        }
    }

    /** {@code flag}: a system flag in its canonical case, a {@code \}extension, or a keyword. */
    static String flag(Tokenizer t) throws ProtocolException {
        if (!t.take('\\')) return t.atom();
        String name = "\\" + t.atom();
        for (String system : SYSTEM_FLAGS) {
            if (system.equalsIgnoreCase(name)) return system;
        }
        return name;
    }

    /** {@code flag-list}: parenthesised, possibly empty. */
    static List<String> flagList(Tokenizer t) throws ProtocolException {
        List<String> flags = new ArrayList<>();
        t.open();
        if (t.take(')')) return flags;
        do {
            flags.add(flag(t));
        } while (t.take(' '));
        t.close();
        return flags;
    }

    /** {@code mailbox}: an astring naming a mailbox; INBOX in any case is INBOX. */
    static String mailbox(Tokenizer t) throws IOException, ProtocolException {
        String name = decodeMailbox(t, t.astringBytes());
        return name.equalsIgnoreCase("INBOX") ? "INBOX" : name;
    }

    /** {@code list-mailbox}: a pattern with {@code %} and {@code *}, as a string or list-chars. */
    static String listMailbox(Tokenizer t) throws IOException, ProtocolException {
        int c = t.peek();
        if (c == '"' || c == '{') return decodeMailbox(t, t.stringBytes());
        String chars = t.run(Chars::list);
        if (chars.isEmpty()) throw ProtocolException.syntax(t.atEnd() ? "missing argument" : "expected a mailbox pattern");
        return decodeMailbox(t, chars.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * UTF-8 once the client enabled it; before that modified UTF-7, except that a name with
     * 8-bit octets is taken as UTF-8, which clients send without asking.
     */
    private static String decodeMailbox(Tokenizer t, byte[] bytes) throws ProtocolException {
        String text = Tokenizer.utf8String(bytes);
        if (t.utf8() || !isAscii(bytes)) return text;
        try {
            return ModifiedUtf7.decode(text);
        } catch (IllegalArgumentException e) {
            throw ProtocolException.syntax("mailbox name is not valid modified UTF-7: " + e.getMessage());
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return false;
        }
        return true;
    }

    /** A list of atoms in parentheses, upper-cased, at least one unless {@code allowEmpty}. */
    static List<String> keywordList(Tokenizer t, boolean allowEmpty) throws ProtocolException {
        List<String> words = new ArrayList<>();
        t.open();
        if (allowEmpty && t.take(')')) return words;
        do {
            words.add(t.atom().toUpperCase(Locale.ROOT));
        } while (t.take(' '));
        t.close();
        return words;
    }
}
