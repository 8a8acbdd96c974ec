package dev.junction.queue;

import dev.junction.delivery.Outcome;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes a delivery status notification (RFC 3464) as a multipart/report (RFC 6522):
 * a human-readable part, the message/delivery-status part, and the original message or its
 * headers. Internationalised addresses use the RFC 6533 global types.
 */
public final class Dsn {

    public enum Action { FAILED, DELAYED, DELIVERED, RELAYED }

    /** One per-recipient block. */
    public record Report(MailAddress finalRecipient, Recipient original, Action action, Outcome outcome) {
    }

    /** What is returned of the original message. */
    public enum Returned { FULL, HEADERS }

    /** Headers of an untrusted message could be endless: the notice keeps at most this much. */
    static final long HEADER_LIMIT = 256 * 1024;

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String reportingMta;
    private final RandomGenerator random;

    public Dsn(String reportingMta, RandomGenerator random) {
        this.reportingMta = reportingMta;
        this.random = random;
    }

    /**
     * Writes the notice for the sender of {@code envelope}.
     *
     * @param original   the original content from its headerSkip on
     * @param retryUntil for delay notices: when the queue gives up
     */
    public void write(String queueId, Envelope envelope, List<Report> reports, InputStream original, Returned returned,
                      Instant now, Instant retryUntil, OutputStream out) throws IOException {
        Action action = reports.getFirst().action();
        boolean global = !envelope.sender().isAscii() || reports.stream().anyMatch(r -> !r.finalRecipient().isAscii());
        String boundary = "=_dsn_" + HexFormat.of().toHexDigits(random.nextLong()) + "_" + queueId;
        Text t = new Text();
        t.header("From", "Mail Delivery System <MAILER-DAEMON@" + reportingMta + ">");
        t.header("To", "<" + envelope.sender() + ">");
        t.header("Subject", subject(action));
        t.header("Date", DATE.format(now));
        t.header("Message-ID", "<" + queueId + "." + now.toEpochMilli() + ".dsn@" + reportingMta + ">");
        t.header("Auto-Submitted", "auto-replied");
        t.header("MIME-Version", "1.0");
        t.line("Content-Type: multipart/report; report-type=delivery-status;").line("\tboundary=\"" + boundary + "\"");
        t.line("").line("This is a MIME-encapsulated message.").line("");
        t.line("--" + boundary);
        t.header("Content-Type", "text/plain; charset=utf-8");
        t.header("Content-Transfer-Encoding", "8bit");
        t.line("");
        DsnText.human(t, reportingMta, action, reports, retryUntil);
        t.line("").line("--" + boundary);
        t.header("Content-Type", global ? "message/global-delivery-status" : "message/delivery-status");
        t.line("");
        statusFields(t, queueId, envelope, reports, global, now, retryUntil);
        t.line("--" + boundary);
        String type = returned == Returned.FULL ? (global ? "message/global" : "message/rfc822")
                : (global ? "message/global-headers" : "text/rfc822-headers");
        t.header("Content-Type", type);
        t.line("");
        out.write(t.bytes());
        copyOriginal(original, returned, out);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private void statusFields(Text t, String queueId, Envelope envelope, List<Report> reports, boolean global,
                              Instant now, Instant retryUntil) {
        t.header("Reporting-MTA", "dns; " + reportingMta);
        t.header("X-Junction-Queue-ID", queueId);
        if (envelope.envId() != null) t.header("Original-Envelope-Id", envelope.envId());
        t.header("Arrival-Date", DATE.format(envelope.receivedAt()));
        for (Report r : reports) {
            t.line("");
            t.header("Final-Recipient", addressType(r.finalRecipient(), global) + r.finalRecipient());
            String orcpt = originalRecipient(r);
            if (orcpt != null) t.header("Original-Recipient", orcpt);
            t.header("Action", r.action().name().toLowerCase(Locale.ROOT));
            t.header("Status", r.outcome().status());
            if (r.outcome().remoteMta() != null) t.header("Remote-MTA", "dns; " + r.outcome().remoteMta());
            t.header("Diagnostic-Code", "smtp; " + r.outcome().reply());
            t.header("Last-Attempt-Date", DATE.format(now));
            if (r.action() == Action.DELAYED && retryUntil != null) t.header("Will-Retry-Until", DATE.format(retryUntil));
        }
        t.line("");
    }

    private static String addressType(MailAddress a, boolean global) {
        return global && !a.isAscii() ? "utf-8; " : "rfc822; ";
    }

    /** The ORCPT the client gave, xtext decoded (RFC 3461 6.3); null when none. */
    static String originalRecipient(Report r) {
        String orcpt = r.original().orcpt();
        if (orcpt == null) return null;
        int semi = orcpt.indexOf(';');
        if (semi <= 0) return null;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String value = orcpt.substring(semi + 1);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '+' && i + 2 < value.length() && isHex(value, i + 1)) {
                b.write(HexFormat.fromHexDigits(value, i + 1, i + 3));
                i += 2;
            } else if (c >= ' ' && c != 127) {
                b.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return orcpt.substring(0, semi).strip() + "; " + b.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String s, int at) {
        return HexFormat.isHexDigit(s.charAt(at)) && HexFormat.isHexDigit(s.charAt(at + 1));
    }

    private static String subject(Action action) {
        return switch (action) {
            case FAILED -> "Undelivered Mail Returned to Sender";
            case DELAYED -> "Delayed Mail (still being retried)";
            case DELIVERED, RELAYED -> "Successful Mail Delivery Report";
        };
    }

    /** Copies the whole message, or its header section up to and including the blank line. */
    private static void copyOriginal(InputStream in, Returned returned, OutputStream out) throws IOException {
        if (returned == Returned.FULL) {
            in.transferTo(out);
            return;
        }
        int c;
        int prev1 = -1;
        int prev2 = -1;
        long n = 0;
        while ((c = in.read()) >= 0 && n++ < HEADER_LIMIT) {
            out.write(c);
            if (c == '\n' && (prev1 == '\n' || (prev1 == '\r' && prev2 == '\n'))) return;
            prev2 = prev1;
            prev1 = c;
        }
    }
}
