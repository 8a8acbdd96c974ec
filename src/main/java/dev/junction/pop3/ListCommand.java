package dev.junction.pop3;

import dev.junction.store.Maildrops;

import java.io.IOException;
import java.util.List;

/** LIST [msg] (RFC 1939 5): "number size" for one message or, multi-line, for each not deleted. */
final class ListCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (arguments.size() > 1) throw new Pop3Exception(Pop3Error.SYNTAX);
        LockedMaildrop maildrop = session.maildrop();
        if (arguments.size() == 1) {
            Maildrops.Entry entry = maildrop.message(arguments.getFirst());
            session.ok(maildrop.number(arguments.getFirst()) + " " + entry.size());
            return;
        }
        List<LockedMaildrop.Numbered> live = maildrop.live();
        session.ok(live.size() + " messages");
        for (LockedMaildrop.Numbered m : live) session.line(m.number() + " " + m.entry().size());
        session.line(".");
    }
}
