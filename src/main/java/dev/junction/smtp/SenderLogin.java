package dev.junction.smtp;

import dev.junction.directory.Account;
import dev.junction.directory.Alias;
import dev.junction.directory.Directory;
import dev.junction.mail.MailAddress;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who may use which MAIL FROM on the submission listeners (Postfix's
 * reject_sender_login_mismatch, smtp.enforce_sender_login): the user's own address, or an alias
 * whose expansion reaches the user's account. Group addresses do not count: being one member
 * of a list is no licence to speak as the list. The null sender stays allowed (RFC 5321 4.5.5).
 */
final class SenderLogin {

    private static final Logger LOG = Logger.getLogger("junction.smtp");

    private SenderLogin() {
    }

    static void check(SmtpSession session, MailAddress sender) throws SmtpException {
        SmtpContext ctx = session.context();
        Account account = session.account();
        if (!ctx.enforceSenderLogin() || !session.role().authRequired() || sender == null || account == null) return;
        boolean owned;
        try {
            owned = owns(ctx.directory(), account, sender);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "session " + session.id() + ": directory lookup failed", e);
            throw new SmtpException(SmtpError.TEMPORARY);
        }
        if (!owned) {
            LOG.info(() -> "session " + session.id() + ": " + account.address() + " may not send as " + sender);
            throw new SmtpException(SmtpError.SENDER_NOT_OWNED);
        }
    }

    private static boolean owns(Directory directory, Account account, MailAddress sender) {
        if (sender.key().equals(account.address().key())) return true;
        if (!directory.isLocalDomain(sender.domain())) return false;
        boolean alias = directory.aliases(sender.domain()).stream()
                .map(Alias::address).anyMatch(a -> a.key().equals(sender.key()));
        return alias && directory.resolve(sender).accounts().stream().anyMatch(a -> a.id() == account.id());
    }
}
