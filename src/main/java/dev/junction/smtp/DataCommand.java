package dev.junction.smtp;

import dev.junction.mail.BodyType;

import java.io.EOFException;
import java.io.IOException;

/**
 * DATA (RFC 5321 4.1.1.4): streams the dot-stuffed content into the blob store. A message over
 * the size limit is read to its end and refused with 552; one that goes on far past it ends the
 * connection. A client that disconnects before the final dot leaves nothing behind.
 */
final class DataCommand implements SmtpCommand {

    @Override
    public void execute(SmtpSession session, String argument) throws IOException, SmtpException {
        if (!argument.isEmpty()) throw new SmtpException(SmtpError.SYNTAX);
        Transaction tx = session.transaction();
        if (tx.mail().body() == BodyType.BINARYMIME) {
            throw new SmtpException(SmtpError.BAD_SEQUENCE, "BODY=BINARYMIME requires BDAT"); // RFC 3030 3
        }
        MessageContent content = Handoff.open(session);
        session.reply(SmtpReply.of(354, null, "End data with <CR><LF>.<CR><LF>"));
        session.flush();
        DataDecoder decoder = new DataDecoder(content.body());
        SmtpInput in = session.input();
        long abandon = session.context().abandonSize();
        for (long read = 0; ; read++) {
            int b = in.read();
            if (b < 0) throw new EOFException("client closed during DATA");
            if (decoder.feed(b)) break;
            if (read > abandon) {
                session.endTransaction();
                throw new SmtpException(SmtpError.MESSAGE_FAR_TOO_BIG);
            }
        }
        Handoff.finish(session);
    }
}
