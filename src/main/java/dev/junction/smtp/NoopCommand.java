package dev.junction.smtp;

import java.io.IOException;

/** NOOP (RFC 5321 4.1.1.9); its argument is ignored. */
final class NoopCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws IOException {
        session.reply(SmtpReply.of(250, "2.0.0", "Ok"));
    }
}
