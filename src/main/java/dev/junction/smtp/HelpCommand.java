package dev.junction.smtp;

import java.io.IOException;

/** HELP (RFC 5321 4.1.1.8). */
final class HelpCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws IOException {
        session.reply(SmtpReply.of(214, "2.0.0", "See RFC 5321; commands: EHLO HELO STARTTLS AUTH MAIL RCPT DATA BDAT RSET NOOP QUIT VRFY HELP"));
    }
}
