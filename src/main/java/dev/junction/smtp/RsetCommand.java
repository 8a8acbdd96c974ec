package dev.junction.smtp;

import java.io.IOException;

/** RSET (RFC 5321 4.1.1.5): drops the transaction, keeps the greeting and authentication. */
final class RsetCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws IOException, SmtpException {
        if (!argument.isEmpty()) throw new SmtpException(SmtpError.SYNTAX);
        session.endTransaction();
        session.reply(SmtpReply.of(250, "2.0.0", "Ok"));
    }
}
