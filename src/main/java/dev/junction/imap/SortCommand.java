package dev.junction.imap;

import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ResponseBuilder;

import java.io.IOException;
import java.util.List;

/**
 * SORT and UID SORT (RFC 5256, SORT=DISPLAY RFC 5957): the messages the criteria find, in the
 * order {@link SortOrder} gives, as {@code * SORT}; with a MODSEQ key also their highest MODSEQ
 * (RFC 7162 3.1.9).
 */
final class SortCommand implements ImapHandler<MessageCommand.Sort> {

    @Override
    public Completion execute(ImapSession session, String tag, MessageCommand.Sort command)
            throws IOException, ImapException {
        List<SearchCandidate> found = MailboxSearch.run(session, command.criteria());
        List<SearchCandidate> sorted;
        try {
            sorted = SortOrder.sort(found, command.order());
        } catch (IOException e) {
            throw MailboxSearch.unavailable(session, e);
        }
        ResponseBuilder r = session.response().untagged().atom("SORT");
        for (SearchCandidate c : sorted) r.number(command.uid() ? c.uid() : c.sequence());
        if (SearchCriteria.usesModSeq(command.criteria()) && !sorted.isEmpty()) {
            r.open().atom("MODSEQ").number(MailboxSearch.highestModSeq(sorted)).close();
        }
        session.write(r.end());
        return Completion.ok("SORT completed");
    }
}
