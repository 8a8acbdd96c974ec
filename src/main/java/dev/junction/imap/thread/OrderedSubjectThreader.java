package dev.junction.imap.thread;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * THREAD=ORDEREDSUBJECT (RFC 5256 section 3): one thread per base subject, its oldest message
 * the parent of all the others in sent-date order; threads ordered by their first message's
 * sent date. Ties go by mailbox order.
 */
public final class OrderedSubjectThreader {

    private static final Comparator<ThreadMessage> BY_SENT_DATE = Comparator.comparing(ThreadMessage::sent)
            .thenComparingLong(ThreadMessage::number);

    private OrderedSubjectThreader() {
    }

    public static List<ThreadNode> thread(List<ThreadMessage> messages) {
        List<ThreadMessage> sorted = messages.stream()
                .sorted(Comparator.comparing(ThreadMessage::baseSubject).thenComparing(BY_SENT_DATE))
                .toList();
        List<ThreadMessage> firsts = new ArrayList<>();
        List<ThreadNode> threads = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            ThreadMessage first = sorted.get(i);
            List<ThreadNode> children = new ArrayList<>();
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).baseSubject().equals(first.baseSubject())) {
                children.add(ThreadNode.leaf(sorted.get(j).number()));
                j++;
            }
            firsts.add(first);
            threads.add(new ThreadNode(first.number(), children));
            i = j;
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < threads.size(); k++) order.add(k);
        order.sort(Comparator.comparing(firsts::get, BY_SENT_DATE));
        return order.stream().map(threads::get).toList();
    }
}
