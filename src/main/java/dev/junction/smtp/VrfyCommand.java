package dev.junction.smtp;

import java.io.IOException;

/**
 * VRFY (RFC 5321 3.5.3): never confirms an address, so that the directory cannot be harvested;
 * 252 tells the client to just try RCPT.
 */
final class VrfyCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws IOException, SmtpException {
        if (argument.isEmpty()) throw new SmtpException(SmtpError.SYNTAX);
        session.reply(SmtpReply.of(252, "2.5.0", "Cannot VRFY user, but will accept message and attempt delivery"));
    }
}
