package dev.junction.queue;

import java.time.Instant;
import java.util.List;

/** The human-readable first part of a delivery status notification. */
final class DsnText {

    private DsnText() {
    }

    static void human(Text t, String reportingMta, Dsn.Action action, List<Dsn.Report> reports, Instant retryUntil) {
        t.line("This is the mail system at " + reportingMta + ".").line("");
        switch (action) {
            case FAILED -> t.line("Your message could not be delivered to one or more recipients.")
                    .line("It is attached below. The error the mail system met is given for each recipient.");
            case DELAYED -> t.line("Your message could not be delivered yet to the recipients below.")
                    .line("The mail system will keep trying until " + Dsn.DATE.format(retryUntil) + ".")
                    .line("You do not need to send it again.");
            case DELIVERED -> t.line("Your message was delivered to the mailbox of the recipients below.");
            case RELAYED -> t.line("Your message was handed on to the recipients' mail systems below;")
                    .line("they do not send delivery notifications, so this is the last report.");
        }
        t.line("");
        for (Dsn.Report r : reports) {
            String where = r.outcome().remoteMta() == null ? "" : " (" + r.outcome().remoteMta() + ")";
            t.line("<" + r.finalRecipient() + ">" + where + ": " + r.outcome().reply());
        }
    }
}
