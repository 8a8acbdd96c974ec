package dev.junction.delivery.smtp;

import dev.junction.delivery.Outcome;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A remote server's reply: code and text lines (RFC 5321 4.2), with the RFC 3463 enhanced
 * status taken from the text when the server gives one.
 */
record Reply(int code, List<String> lines) {

    private static final Pattern ENHANCED = Pattern.compile("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s+|$)");

    Reply {
        lines = List.copyOf(lines);
    }

    boolean positive() {
        return code / 100 == 2;
    }

    boolean transientNegative() {
        return code / 100 == 4;
    }

    /** The enhanced status of the first line, or the class default ({@code 4.0.0}, {@code 5.0.0}). */
    String status() {
        Matcher m = ENHANCED.matcher(lines.isEmpty() ? "" : lines.getFirst());
        if (m.find() && m.group(1).charAt(0) - '0' == code / 100) return m.group(1) + "." + m.group(2) + "." + m.group(3);
        return (code / 100) + ".0.0";
    }

    /** The text without enhanced status codes of the reply's class, lines joined by a space. */
    String text() {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            if (!b.isEmpty()) b.append(' ');
            Matcher m = ENHANCED.matcher(line);
            b.append(m.find() && m.group(1).charAt(0) - '0' == code / 100 ? line.substring(m.end()) : line);
        }
        return b.toString().strip();
    }

    /** The outcome this reply gives a recipient: 2xx success, 4xx deferred, anything else failed. */
    Outcome outcome(Outcome.Kind success, String mta) {
        Outcome.Kind kind = positive() ? success : transientNegative() ? Outcome.Kind.DEFERRED : Outcome.Kind.FAILED;
        return new Outcome(kind, code, status(), text(), mta);
    }

    @Override
    public String toString() {
        return code + " " + String.join(" / ", lines);
    }
}
