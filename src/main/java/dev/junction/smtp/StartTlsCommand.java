package dev.junction.smtp;

import java.io.IOException;

/**
 * STARTTLS (RFC 3207). Anything the client sent after the command, before the handshake, is
 * refused and the connection closed: such bytes would otherwise be read as if they came over
 * TLS (CVE-2011-0411 style command injection).
 */
final class StartTlsCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws IOException, SmtpException {
        if (!argument.isEmpty()) throw new SmtpException(SmtpError.SYNTAX);
        if (session.isTls()) throw new SmtpException(SmtpError.BAD_SEQUENCE, "TLS already active");
        if (!session.context().tlsAvailable()) throw new SmtpException(SmtpError.TLS_UNAVAILABLE);
        session.startTls();
    }
}
