package dev.junction.smtp;

import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;

/**
 * BDAT (RFC 3030 CHUNKING): {@code BDAT <size> [LAST]} followed by exactly size bytes, stored
 * as they are. The chunk is consumed even when the command is refused, so that its bytes are
 * never read as commands.
 */
final class BdatCommand implements SmtpCommand {

    record Chunk(long size, boolean last) {

        static Chunk parse(String argument) throws SmtpException {
            String[] words = argument.split(" ", -1);
            if (words.length > 2 || words[0].isEmpty() || words[0].length() > 18
                    || !words[0].chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new SmtpException(SmtpError.SYNTAX);
            }
            boolean last = words.length == 2;
            if (last && !words[1].toUpperCase(Locale.ROOT).equals("LAST")) throw new SmtpException(SmtpError.SYNTAX);
            return new Chunk(Long.parseLong(words[0]), last);
        }
    }

    @Override
    public void execute(SmtpSession session, String argument) throws IOException, SmtpException {
        Chunk chunk = Chunk.parse(argument);
        Transaction tx = session.transaction();
        MessageContent content = tx.content();
        if (content == null) {
            try {
                content = Handoff.open(session);
            } catch (SmtpException e) {
                refused(session, argument);
                throw e;
            }
        }
        if (content.size() + chunk.size() > session.context().abandonSize()) {
            session.endTransaction();
            throw new SmtpException(SmtpError.MESSAGE_FAR_TOO_BIG);
        }
        if (!session.input().copy(chunk.size(), content.body())) throw new EOFException("client closed during BDAT");
        if (chunk.last()) {
            Handoff.finish(session);
        } else if (content.tooBig()) {
            session.endTransaction();
            throw new SmtpException(SmtpError.MESSAGE_TOO_BIG);
        } else {
            session.state(SessionState.CHUNKING);
            session.reply(SmtpReply.of(250, "2.0.0", chunk.size() + " octets received"));
        }
    }

    @Override
    public void refused(SmtpSession session, String argument) throws IOException, SmtpException {
        Chunk chunk;
        try {
            chunk = Chunk.parse(argument);
        } catch (SmtpException e) {
            return; // no size: nothing to skip; the refusal reply follows
        }
        if (chunk.size() > session.context().abandonSize()) throw new SmtpException(SmtpError.MESSAGE_FAR_TOO_BIG);
        if (!session.input().copy(chunk.size(), null)) throw new EOFException("client closed during BDAT");
    }
}
