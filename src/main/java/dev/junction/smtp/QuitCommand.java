package dev.junction.smtp;

import java.io.IOException;

/** QUIT (RFC 5321 4.1.1.10): any unfinished transaction is dropped. */
final class QuitCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws IOException {
        session.reply(SmtpReply.of(221, "2.0.0", "Bye"));
        session.close();
    }
}
