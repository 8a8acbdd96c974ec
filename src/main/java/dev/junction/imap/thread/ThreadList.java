package dev.junction.imap.thread;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The threads of a THREAD response in the RFC 5256 thread-list syntax: {@code (2)(3 6 (4 23)(44 7 96))}.
 * A message with one child continues its list; one with several gives each child its own
 * parenthesised list; a dummy shows only its children's lists ({@code ((3)(5))}).
 */
public final class ThreadList {

    private ThreadList() {
    }

    public static String format(List<ThreadNode> threads) {
        StringBuilder out = new StringBuilder();
        // Iterative, so a thread as deep as the mailbox is long does not exhaust the stack.
        Deque<Object> work = new ArrayDeque<>();
        for (ThreadNode thread : threads.reversed()) {
            work.push(")");
            work.push(thread);
            work.push("(");
        }
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof String text) {
                out.append(text);
                continue;
            }
            ThreadNode node = (ThreadNode) next;
            boolean wrote = false;
            while (true) {
                if (!node.dummy()) {
                    if (wrote) out.append(' ');
                    out.append(node.number());
                    wrote = true;
                }
                if (node.children().size() != 1) break;
                node = node.children().getFirst();
            }
            if (node.children().isEmpty()) continue;
            if (wrote) out.append(' ');
            for (ThreadNode child : node.children().reversed()) {
                work.push(")");
                work.push(child);
                work.push("(");
            }
        }
        return out.toString();
    }
}
