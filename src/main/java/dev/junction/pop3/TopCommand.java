package dev.junction.pop3;

import dev.junction.store.Maildrops;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** TOP msg n (RFC 1939 7): the header, the blank line and the first n body lines, dot-stuffed. */
final class TopCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (arguments.size() != 2) throw new Pop3Exception(Pop3Error.SYNTAX);
        String lines = arguments.get(1);
        if (lines.isEmpty() || lines.length() > 9 || !lines.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Pop3Exception(Pop3Error.SYNTAX);
        }
        Maildrops.Entry entry = session.maildrop().message(arguments.getFirst());
        try (InputStream in = MessageContent.open(session, entry)) {
            session.ok("");
            MessageWriter.top(in, session.out(), Integer.parseInt(lines));
        }
        session.line(".");
    }
}
