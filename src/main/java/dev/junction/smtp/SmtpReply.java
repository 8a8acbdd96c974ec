package dev.junction.smtp;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One SMTP reply: a code, an RFC 3463 enhanced status code (null for the greeting and EHLO
 * lines) and one or more text lines.
 */
public record SmtpReply(int code, String enhanced, List<String> lines) {

    public SmtpReply {
        if (code < 200 || code > 599) throw new IllegalArgumentException("reply code " + code);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) throw new IllegalArgumentException("reply without text");
    }

    public static SmtpReply of(int code, String enhanced, String text) {
        return new SmtpReply(code, enhanced, List.of(text));
    }

    /** 4xx and 5xx. */
    public boolean isError() {
        return code >= 400;
    }

    /** The reply as sent: every line but the last has a dash after the code. */
    public byte[] wire() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.append(code).append(i == lines.size() - 1 ? ' ' : '-');
            if (enhanced != null) b.append(enhanced).append(' ');
            b.append(lines.get(i)).append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return new String(wire(), StandardCharsets.UTF_8).strip();
    }
}
