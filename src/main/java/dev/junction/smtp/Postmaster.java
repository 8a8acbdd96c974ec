package dev.junction.smtp;

import dev.junction.mail.MailAddress;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bare {@code RCPT TO:<Postmaster>} (any case, no domain) that RFC 5321 4.5.1 requires every
 * SMTP server to accept. It goes to smtp.postmaster when set, otherwise to postmaster@ the first
 * local domain (by name); the directory then resolves that address like any other.
 */
final class Postmaster {

    private static final Logger LOG = Logger.getLogger("junction.smtp");

    /** Where the bare form goes; may fail like a directory lookup. */
    @FunctionalInterface
    interface Lookup {
        MailAddress address() throws SmtpException;
    }

    private Postmaster() {
    }

    static boolean isBare(String path) {
        return path.equalsIgnoreCase("postmaster");
    }

    static MailAddress address(SmtpSession session) throws SmtpException {
        SmtpContext ctx = session.context();
        if (ctx.postmaster() != null) return ctx.postmaster();
        List<String> domains;
        try {
            domains = ctx.directory().domains();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "session " + session.id() + ": directory lookup failed", e);
            throw new SmtpException(SmtpError.TEMPORARY);
        }
        String first = domains.stream().sorted().findFirst()
                .orElseThrow(() -> new SmtpException(SmtpError.UNKNOWN_USER, "Recipient address rejected: no postmaster here"));
        return new MailAddress("postmaster", first);
    }
}
