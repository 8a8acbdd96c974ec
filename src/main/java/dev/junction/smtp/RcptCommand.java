package dev.junction.smtp;

import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.directory.Resolution;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * RCPT TO (RFC 5321 4.1.1.3) with NOTIFY and ORCPT. Our domains: the directory must know the
 * address (a disabled account counts as unknown). Other domains: relaying is allowed only to
 * authenticated users and clients in smtp.relay_networks, except to the configured
 * smtp.postmaster, which anyone may reach (RFC 5321 4.5.1).
 */
final class RcptCommand implements SmtpCommand {

    private static final Logger LOG = Logger.getLogger("junction.smtp");

    @Override
    public void execute(SmtpSession session, String argument) throws IOException, SmtpException {
        Transaction tx = session.transaction();
        Recipient rcpt = RcptToArgument.parse(argument, session.extended(), () -> Postmaster.address(session));
        if (!rcpt.address().isAscii() && !tx.mail().smtpUtf8()) throw new SmtpException(SmtpError.UTF8_REQUIRED);
        if (tx.recipients().size() >= session.context().maxRecipients()) {
            throw new SmtpException(SmtpError.TOO_MANY_RECIPIENTS);
        }
        tx.accept(rcpt, finalRecipients(session, rcpt.address()));
        session.state(SessionState.RCPT);
        session.reply(SmtpReply.of(250, "2.1.5", "Ok"));
    }

    private static List<MailAddress> finalRecipients(SmtpSession session, MailAddress address) throws SmtpException {
        SmtpContext ctx = session.context();
        if (!ctx.directory().isLocalDomain(address.domain())) {
            boolean postmaster = ctx.postmaster() != null && ctx.postmaster().key().equals(address.key());
            if (session.account() == null && !ctx.mayRelay(session.client()) && !postmaster) {
                throw new SmtpException(SmtpError.RELAY_DENIED);
            }
            return List.of(address);
        }
        Resolution r;
        try {
            r = ctx.directory().resolve(address);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "session " + session.id() + ": directory lookup failed", e);
            throw new SmtpException(SmtpError.TEMPORARY);
        }
        List<MailAddress> targets = new ArrayList<>();
        for (Account a : r.accounts()) {
            if (a.state() != AccountState.DISABLED) targets.add(a.address());
        }
        targets.addAll(r.outside());
        if (!r.known() || targets.isEmpty()) {
            boolean postmaster = address.localPart().equalsIgnoreCase("postmaster");
            throw postmaster ? new SmtpException(SmtpError.UNKNOWN_USER, "Recipient address rejected: no postmaster here")
                    : new SmtpException(SmtpError.UNKNOWN_USER);
        }
        return targets;
    }
}
