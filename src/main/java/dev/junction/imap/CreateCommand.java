package dev.junction.imap;

import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.store.MailboxException;

import java.util.List;
import java.util.Locale;

/**
 * CREATE (RFC 9051 6.3.4) with CREATE-SPECIAL-USE (RFC 6154 3): superiors are created as needed,
 * a trailing delimiter is dropped. The store refuses an existing name (ALREADYEXISTS), a bad one
 * (CANNOT) and a special use it does not know (USEATTR); a mailbox has at most one special use.
 */
final class CreateCommand implements ImapHandler<MailboxCommand.Create> {

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.Create command)
            throws ImapException, MailboxException {
        session.context().tree().create(session.account().id(), command.mailbox(), specialUse(command.specialUse()));
        return Completion.ok("CREATE completed");
    }

    /** Attributes are case-insensitive; the store knows them as RFC 6154 writes them ("\Sent"). */
    private static String specialUse(List<String> use) throws ImapException {
        if (use.isEmpty()) return null;
        if (use.size() > 1) throw ImapException.no(ResponseCode.USEATTR, "A mailbox has one special use at most");
        String attribute = use.getFirst();
        if (attribute.length() < 2) throw ImapException.no(ResponseCode.USEATTR, "Unknown special use " + attribute);
        return "\\" + attribute.substring(1, 2).toUpperCase(Locale.ROOT) + attribute.substring(2).toLowerCase(Locale.ROOT);
    }
}
