package dev.junction.imap;

import dev.junction.imap.protocol.ListOptions;
import dev.junction.imap.protocol.ListOptions.Selection;
import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.MailboxPattern;
import dev.junction.store.MailboxName;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * LSUB (RFC 3501 6.3.9, for IMAP4rev1 clients): the subscribed names a pattern matches. When the
 * pattern ends in {@code %}, an unsubscribed name whose inferiors are subscribed comes back as
 * {@code \Noselect}, as RFC 3501 requires; other patterns list subscriptions only, as Dovecot does.
 */
final class LsubCommand implements ImapHandler<MailboxCommand.Lsub> {

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.Lsub command) throws IOException {
        Set<Selection> selection = EnumSet.of(Selection.SUBSCRIBED);
        if (command.pattern().endsWith("%")) selection.add(Selection.RECURSIVEMATCH);
        List<MailboxPattern> pattern = List.of(MailboxPattern.of(command.reference(), command.pattern(), MailboxName.DELIMITER));
        ListOptions options = new ListOptions(selection, Set.of(), List.of());
        for (MailboxListing.Line line : MailboxListing.select(session.context().tree().list(session.account().id()),
                pattern, options, MailboxListing.Form.LSUB)) {
            session.write(MailboxListing.encode(session.response(), "LSUB", line));
        }
        return Completion.ok("LSUB completed");
    }
}
