package dev.junction.imap.protocol;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** IMAP's date (SEARCH) and date-time (APPEND, INTERNALDATE) forms, RFC 9051 9. */
public final class ImapDates {

    private static final String[] MONTHS =
            {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss xx", Locale.ENGLISH);

    private ImapDates() {
    }

    /** {@code date-text}: {@code 1*2DIGIT "-" month "-" 4DIGIT}, e.g. {@code 1-Feb-1994}. */
    static LocalDate date(String text) {
        String[] parts = text.split("-", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[0].length() > 2 || parts[2].length() != 4) {
            throw new IllegalArgumentException("invalid date");
        }
        try {
            return LocalDate.of(digits(parts[2]), month(parts[1]), digits(parts[0]));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("invalid date");
        }
    }

    /** {@code date-time} without its quotes: {@code dd-Mon-yyyy hh:mm:ss +zzzz}, day padded by SP or 0. */
    static OffsetDateTime dateTime(String text) {
        if (text.length() != 26 || text.charAt(2) != '-' || text.charAt(6) != '-' || text.charAt(11) != ' '
                || text.charAt(14) != ':' || text.charAt(17) != ':' || text.charAt(20) != ' ') {
            throw new IllegalArgumentException("invalid date-time");
        }
        String day = text.charAt(0) == ' ' ? text.substring(1, 2) : text.substring(0, 2);
        char sign = text.charAt(21);
        if (sign != '+' && sign != '-') throw new IllegalArgumentException("invalid zone");
        int zone = digits(text.substring(22, 26));
        if (zone % 100 >= 60) throw new IllegalArgumentException("invalid zone");
        int offsetMinutes = (zone / 100) * 60 + zone % 100;
        try {
            return OffsetDateTime.of(digits(text.substring(7, 11)), month(text.substring(3, 6)), digits(day),
                    digits(text.substring(12, 14)), digits(text.substring(15, 17)), digits(text.substring(18, 20)),
                    0, ZoneOffset.ofTotalSeconds((sign == '-' ? -offsetMinutes : offsetMinutes) * 60));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("invalid date-time");
        }
    }

    /** The date-time form of INTERNALDATE, without quotes. */
    public static String format(OffsetDateTime time) {
        return DATE_TIME.format(time);
    }

    private static int month(String name) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equalsIgnoreCase(name)) return i + 1;
        }
        throw new IllegalArgumentException("invalid month");
    }

    private static int digits(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("invalid date");
        }
        return Integer.parseInt(text);
    }
}
