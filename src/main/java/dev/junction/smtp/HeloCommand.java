package dev.junction.smtp;

import java.io.IOException;

/** HELO (RFC 5321 4.1.1.1): plain SMTP, no extensions. */
final class HeloCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws IOException, SmtpException {
        String name = clientName(argument);
        session.greeted(name, false);
        session.reply(SmtpReply.of(250, null, session.context().hostname()));
    }

    /**
     * The client's name as given: a domain or an address literal. It goes into the Received
     * line, so only one word of printable characters (UTF-8 allowed) is accepted.
     */
    static String clientName(String argument) throws SmtpException {
        if (argument.isEmpty() || argument.length() > 255
                || argument.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c == '(' || c == ')' || c == ';')) {
            throw new SmtpException(SmtpError.SYNTAX);
        }
        return argument;
    }
}
