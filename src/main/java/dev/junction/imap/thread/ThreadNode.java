package dev.junction.imap.thread;

import java.util.List;

/**
 * A message of a thread with its children (replies), oldest first. A node whose {@code number} is
 * 0 stands for a parent that is not among the searched messages: it only ever heads a thread
 * that holds several children (RFC 5256's dummy message).
 */
public record ThreadNode(long number, List<ThreadNode> children) {

    public ThreadNode {
        children = List.copyOf(children);
    }

    public static ThreadNode leaf(long number) {
        return new ThreadNode(number, List.of());
    }

    public boolean dummy() {
        return number == 0;
    }
}
