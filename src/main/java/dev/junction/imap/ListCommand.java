package dev.junction.imap;

import dev.junction.imap.protocol.ListOptions;
import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.MailboxPattern;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxName;

import java.io.IOException;
import java.util.List;

/**
 * LIST (RFC 9051 6.3.9) with LIST-EXTENDED (RFC 5258), SPECIAL-USE (RFC 6154) and LIST-STATUS
 * (RFC 5819: a STATUS response after the LIST line of each selectable mailbox).
 * {@link MailboxListing} decides what is listed; this class writes it.
 */
final class ListCommand implements ImapHandler<MailboxCommand.ListMailboxes> {

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.ListMailboxes command) throws IOException {
        if (!command.extended() && command.patterns().equals(List.of(""))) {
            // RFC 9051 6.3.9: an empty name asks for the delimiter and the root of the reference.
            session.write(session.response().untagged().atom("LIST").open().atom(MailboxListing.NOSELECT).close()
                    .string(String.valueOf(MailboxName.DELIMITER)).mailbox(root(command.reference())).end());
            return Completion.ok("LIST completed");
        }
        ImapContext ctx = session.context();
        List<MailboxPattern> patterns = command.patterns().stream()
                .map(p -> MailboxPattern.of(command.reference(), p, MailboxName.DELIMITER)).toList();
        ListOptions options = command.options();
        MailboxListing.Form form = command.extended() ? MailboxListing.Form.EXTENDED : MailboxListing.Form.BASIC;
        boolean status = options.returns().contains(ListOptions.Return.STATUS);
        for (MailboxListing.Line line : MailboxListing.select(ctx.tree().list(session.account().id()), patterns, options, form)) {
            session.write(MailboxListing.encode(session.response(), "LIST", line));
            if (status && line.selectable()) {
                try {
                    StatusCommand.respond(session, line.mailbox(), options.status());
                } catch (MailboxException e) {
                    // Deleted since it was listed: RFC 5819 lets the LIST go on without its STATUS.
                }
            }
        }
        return Completion.ok("LIST completed");
    }

    /** The reference's first level with its delimiter ("#news." for "#news.comp"), else "". */
    private static String root(String reference) {
        int slash = reference.indexOf(MailboxName.DELIMITER);
        return slash < 0 ? "" : reference.substring(0, slash + 1);
    }
}
