package dev.junction.smtp;

import java.io.IOException;

/** MAIL FROM (RFC 5321 4.1.1.2) with SIZE, BODY, SMTPUTF8, RET, ENVID: starts a transaction. */
final class MailCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws IOException, SmtpException {
        MailFromArgument mail = MailFromArgument.parse(argument);
        if (mail.size() > session.context().maxMessageSize()) throw new SmtpException(SmtpError.MESSAGE_TOO_BIG);
        session.begin(new Transaction(mail));
        session.reply(SmtpReply.of(250, "2.1.0", "Ok"));
    }
}
