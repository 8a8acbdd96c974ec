package dev.junction.imap.protocol;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Commands on the messages of the selected mailbox (RFC 9051 6.4), with their UID forms, MOVE
 * (RFC 6851), CONDSTORE/QRESYNC modifiers (RFC 7162), ESEARCH and SEARCHRES (RFC 4731, 5182),
 * SORT and THREAD (RFC 5256). {@code uid} says the set (and the results) are UIDs.
 */
public sealed interface MessageCommand extends ImapCommand {

    /** EXPUNGE, or UID EXPUNGE (RFC 4315) when {@code uids} is not null. */
    record Expunge(SequenceSet uids) implements MessageCommand {
    }

    /**
     * @param charset null when absent (US-ASCII/UTF-8)
     * @param returns the ESEARCH {@code RETURN (...)} options; null for a plain SEARCH; an
     *                empty {@code RETURN ()} is ALL
     */
    record Search(boolean uid, String charset, SearchKey criteria, Set<SearchReturn> returns)
            implements MessageCommand {
    }

    /**
     * @param changedSince the CHANGEDSINCE modifier (RFC 7162 3.1.4)
     * @param vanished     {@code VANISHED} (RFC 7162 3.2.6; UID FETCH with CHANGEDSINCE only)
     */
    record Fetch(boolean uid, SequenceSet set, List<FetchAttribute> attributes, OptionalLong changedSince,
                 boolean vanished) implements MessageCommand {
    }

    record Store(boolean uid, SequenceSet set, Mode mode, boolean silent, List<String> flags,
                 OptionalLong unchangedSince) implements MessageCommand {

        /** {@code FLAGS}, {@code +FLAGS}, {@code -FLAGS}. */
        public enum Mode { REPLACE, ADD, REMOVE }
    }

    record Copy(boolean uid, SequenceSet set, String mailbox) implements MessageCommand {
    }

    record Move(boolean uid, SequenceSet set, String mailbox) implements MessageCommand {
    }

    record Sort(boolean uid, List<SortCriterion> order, String charset, SearchKey criteria)
            implements MessageCommand {
    }

    record Thread(boolean uid, ThreadAlgorithm algorithm, String charset, SearchKey criteria)
            implements MessageCommand {
    }
}
