package dev.junction.imap;

import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.SearchReturn;
import dev.junction.imap.protocol.SequenceSet;
import dev.junction.store.UidSet;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * SEARCH and UID SEARCH (RFC 9051 6.4.4, RFC 3501 6.4.4). Without RETURN a rev1 client gets
 * {@code * SEARCH}; with RETURN, or always once IMAP4rev2 is enabled, {@code * ESEARCH} (RFC 4731)
 * with MIN, MAX, COUNT and ALL as asked ({@code RETURN ()} and rev2's plain SEARCH mean ALL).
 * A MODSEQ key adds the highest MODSEQ of what is returned (RFC 7162 3.1.5, RFC 4731 3.2).
 *
 * <p>SAVE (RFC 5182) keeps the result's UIDs for {@code $}: only the MIN and/or MAX message when
 * those are asked for without ALL or COUNT, otherwise every match. A SAVE search that fails
 * leaves {@code $} empty; one that asks for SAVE alone gets no ESEARCH response.
 */
final class SearchCommand implements ImapHandler<MessageCommand.Search> {

    @Override
    public Completion execute(ImapSession session, String tag, MessageCommand.Search command)
            throws IOException, ImapException {
        SelectedMailbox selected = session.selected();
        Set<SearchReturn> returns = command.returns();
        boolean save = returns != null && returns.contains(SearchReturn.SAVE);
        List<SearchCandidate> found;
        try {
            found = MailboxSearch.run(session, command.criteria());
        } catch (ImapException e) {
            if (save) selected.savedSearch(null);
            throw e;
        }
        boolean modSeq = SearchCriteria.usesModSeq(command.criteria());
        if (returns == null && !session.rev2()) {
            ResponseBuilder r = session.response().untagged().atom("SEARCH");
            for (SearchCandidate c : found) r.number(number(c, command.uid()));
            if (modSeq && !found.isEmpty()) r.open().atom("MODSEQ").number(MailboxSearch.highestModSeq(found)).close();
            session.write(r.end());
            return Completion.ok("SEARCH completed");
        }
        Set<SearchReturn> options = EnumSet.noneOf(SearchReturn.class);
        options.addAll(returns == null ? Set.of(SearchReturn.ALL) : returns);
        List<SearchCandidate> returned = returned(found, options);
        if (save) selected.savedSearch(UidSet.of(returned.stream().map(SearchCandidate::uid).toList()));
        options.remove(SearchReturn.SAVE);
        if (!options.isEmpty()) session.write(esearch(session, tag, command.uid(), options, found, modSeq ? returned : null));
        return Completion.ok("SEARCH completed");
    }

    /**
     * What MIN and MAX alone stand for, else every match (RFC 5182 2.1 for SAVE, RFC 4731 3.2 for
     * the MODSEQ they report).
     */
    private static List<SearchCandidate> returned(List<SearchCandidate> found, Set<SearchReturn> options) {
        if (found.isEmpty() || options.contains(SearchReturn.ALL) || options.contains(SearchReturn.COUNT)) return found;
        if (!options.contains(SearchReturn.MIN) && !options.contains(SearchReturn.MAX)) return found;
        if (!options.contains(SearchReturn.MAX) || found.size() == 1) return List.of(found.getFirst());
        if (!options.contains(SearchReturn.MIN)) return List.of(found.getLast());
        return List.of(found.getFirst(), found.getLast());
    }

    /**
     * {@code * ESEARCH (TAG "t") [UID] [MIN n] [MAX n] [COUNT n] [ALL set] [MODSEQ n]}: MIN, MAX
     * and ALL only when something matched, COUNT always (RFC 4731 3.1).
     *
     * @param modSeqOf the messages whose highest MODSEQ to report, null when MODSEQ was no criterion
     */
    private static ResponseBuilder esearch(ImapSession session, String tag, boolean uid, Set<SearchReturn> options,
                                           List<SearchCandidate> found, List<SearchCandidate> modSeqOf) {
        ResponseBuilder r = session.response().untagged().atom("ESEARCH").open().atom("TAG").string(tag).close();
        if (uid) r.atom("UID");
        if (!found.isEmpty()) {
            if (options.contains(SearchReturn.MIN)) r.atom("MIN").number(number(found.getFirst(), uid));
            if (options.contains(SearchReturn.MAX)) r.atom("MAX").number(number(found.getLast(), uid));
        }
        if (options.contains(SearchReturn.COUNT)) r.atom("COUNT").number(found.size());
        if (!found.isEmpty() && options.contains(SearchReturn.ALL)) {
            long[] numbers = found.stream().mapToLong(c -> number(c, uid)).toArray();
            r.atom("ALL").atom(SequenceSet.ofSorted(numbers).toString());
        }
        if (modSeqOf != null && !found.isEmpty()) r.atom("MODSEQ").number(MailboxSearch.highestModSeq(modSeqOf));
        return r.end();
    }

    private static long number(SearchCandidate c, boolean uid) {
        return uid ? c.uid() : c.sequence();
    }
}
