package dev.junction.pop3;

import dev.junction.store.Maildrops;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** RETR msg (RFC 1939 5): the whole message, dot-stuffed, streamed from the blob store. */
final class RetrCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (arguments.size() != 1) throw new Pop3Exception(Pop3Error.SYNTAX);
        Maildrops.Entry entry = session.maildrop().message(arguments.getFirst());
        try (InputStream in = MessageContent.open(session, entry)) {
            session.ok(entry.size() + " octets");
            MessageWriter.message(in, session.out());
        }
        session.line(".");
        session.maildrop().sent(entry.size(), true);
    }
}
