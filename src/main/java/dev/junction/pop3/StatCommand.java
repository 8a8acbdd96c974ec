package dev.junction.pop3;

import java.io.IOException;
import java.util.List;

/** STAT (RFC 1939 5): the number of messages not marked deleted and their size in octets. */
final class StatCommand implements Pop3Command {

    @Override
    public void execute(Pop3Session session, List<String> arguments) throws IOException, Pop3Exception {
        if (!arguments.isEmpty()) throw new Pop3Exception(Pop3Error.SYNTAX);
        List<LockedMaildrop.Numbered> live = session.maildrop().live();
        session.ok(live.size() + " " + live.stream().mapToLong(m -> m.entry().size()).sum());
    }
}
