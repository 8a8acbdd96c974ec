package dev.junction.pop3;

import dev.junction.store.Maildrops;

import java.io.IOException;
import java.util.List;

/**
 * UIDL [msg] (RFC 1939 7): each message's unique id, {@code <uidvalidity>.<uid>}, the same in
 * every session and never given to another message.
 */
final class UidlCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (arguments.size() > 1) throw new Pop3Exception(Pop3Error.SYNTAX);
        LockedMaildrop maildrop = session.maildrop();
        if (arguments.size() == 1) {
            Maildrops.Entry entry = maildrop.message(arguments.getFirst());
            session.ok(maildrop.number(arguments.getFirst()) + " " + entry.uniqueId());
            return;
        }
        session.ok("");
        for (LockedMaildrop.Numbered m : maildrop.live()) session.line(m.number() + " " + m.entry().uniqueId());
        session.line(".");
    }
}
