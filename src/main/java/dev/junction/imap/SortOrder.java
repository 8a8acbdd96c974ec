package dev.junction.imap;

import dev.junction.imap.message.SortKeys;
import dev.junction.imap.protocol.SortCriterion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order SORT returns messages in (RFC 5256 section 3, SORT=DISPLAY RFC 5957): each key in
 * turn, REVERSE turning one key around, and messages equal on every key in mailbox order. Each
 * message's keys are read once, before sorting.
 */
final class SortOrder {

    private SortOrder() {
    }

    private record Keyed(SearchCandidate message, List<Comparable<?>> keys) {
    }

    /** @throws IOException a message's content, needed for a key, could not be read */
    static List<SearchCandidate> sort(List<SearchCandidate> messages, List<SortCriterion> order) throws IOException {
        List<Keyed> keyed = new ArrayList<>(messages.size());
        for (SearchCandidate m : messages) {
            List<Comparable<?>> keys = new ArrayList<>(order.size());
            for (SortCriterion criterion : order) keys.add(key(m, criterion.key()));
            keyed.add(new Keyed(m, keys));
        }
        Comparator<Keyed> comparator = (a, b) -> 0;
        for (int i = 0; i < order.size(); i++) {
            int index = i;
            Comparator<Keyed> byKey = (a, b) -> compare(a.keys().get(index), b.keys().get(index));
            comparator = comparator.thenComparing(order.get(i).reverse() ? byKey.reversed() : byKey);
        }
        comparator = comparator.thenComparingInt(k -> k.message().sequence());
        keyed.sort(comparator);
        return keyed.stream().map(Keyed::message).toList();
    }

    /** Strings are upper-cased already by SortKeys, so plain comparison is i;ascii-casemap's order for ASCII. */
    private static Comparable<?> key(SearchCandidate m, SortCriterion.Key key) throws IOException {
        return switch (key) {
            case ARRIVAL -> m.internalDate();
            case SIZE -> m.size();
            case DATE -> m.sentDate();
            case SUBJECT -> SortKeys.subject(m.envelope());
            case FROM -> SortKeys.firstMailbox(m.envelope().from());
            case TO -> SortKeys.firstMailbox(m.envelope().to());
            case CC -> SortKeys.firstMailbox(m.envelope().cc());
            case DISPLAYFROM -> SortKeys.firstDisplay(m.envelope().from());
            case DISPLAYTO -> SortKeys.firstDisplay(m.envelope().to());
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable a, Comparable b) {
        return a.compareTo(b);
    }
}
