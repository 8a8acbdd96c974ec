package dev.junction.smtp;

import java.io.IOException;

/**
 * MAIL FROM (RFC 5321 4.1.1.2) with SIZE, BODY, SMTPUTF8, RET, ENVID: starts a transaction.
 * On submission the sender must belong to the authenticated user ({@link SenderLogin}).
 */
final class MailCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws IOException, SmtpException {
        MailFromArgument mail = MailFromArgument.parse(argument, session.extended());
        if (mail.size() > session.context().maxMessageSize()) throw new SmtpException(SmtpError.MESSAGE_TOO_BIG);
        SenderLogin.check(session, mail.sender());
        session.begin(new Transaction(mail));
        session.reply(SmtpReply.of(250, "2.1.0", "Ok"));
    }
}
