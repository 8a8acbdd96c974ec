package dev.junction.imap;

import dev.junction.imap.protocol.ResponseCode;
import dev.junction.imap.protocol.SearchKey;
import dev.junction.store.StoredMessage;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The search SEARCH, SORT and THREAD share: which messages of the selected mailbox, among those
 * the client knows, meet the criteria. A MODSEQ key turns CONDSTORE on (RFC 7162 3.1).
 */
final class MailboxSearch {

    private static final Logger LOG = Logger.getLogger("junction.imap");

    private MailboxSearch() {
    }

    /**
     * @return the matching messages in sequence order, their content read only as far as the
     *         criteria needed it (SORT and THREAD read more through the same candidates)
     * @throws ImapException NO [UNAVAILABLE] when a message's content could not be read
     */
    static List<SearchCandidate> run(ImapSession session, SearchKey criteria) throws IOException, ImapException {
        if (SearchCriteria.usesModSeq(criteria)) session.enableCondstore();
        SelectedMailbox selected = session.selected();
        MessageSequence view = selected.messages();
        SearchCriteria compiled = SearchCriteria.compile(criteria, view, selected.savedSearch(),
                ZoneId.systemDefault(), Instant.now());
        ImapContext ctx = session.context();
        List<SearchCandidate> found = new ArrayList<>();
        try {
            for (StoredMessage m : ctx.messages().messages(selected.id(), compiled.candidates())) {
                int sequence = view.sequence(m.uid());
                if (sequence == 0) continue; // arrived after the client's last EXISTS
                SearchCandidate c = new SearchCandidate(m, sequence, selected.recent(m.uid()), ctx.structures());
                boolean match = compiled.matches(c);
                c.tested();
                if (match) found.add(c);
            }
        } catch (IOException e) {
            throw unavailable(session, e);
        }
        return found;
    }

    /** A message's octets could not be read from the blob store: the command fails, the session goes on. */
    static ImapException unavailable(ImapSession session, IOException e) {
        LOG.log(Level.WARNING, "session " + session.id() + ": message content unreadable", e);
        return ImapException.no(ResponseCode.UNAVAILABLE, "Message content is not available now");
    }

    /** The highest MODSEQ among the messages, 0 when there are none. */
    static long highestModSeq(List<SearchCandidate> messages) {
        return messages.stream().mapToLong(SearchCandidate::modSeq).max().orElse(0);
    }
}
