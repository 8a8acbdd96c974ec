package dev.junction.imap.thread;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * THREAD=REFERENCES (RFC 5256 section 3): messages are linked by Message-ID and References
 * (or In-Reply-To), missing parents stand in as dummies which are pruned again, threads without
 * a link but with the same base subject are gathered, and siblings are sorted by sent date
 * (ties: mailbox order).
 *
 * <p>Message ids are compared case-sensitively after quoting is normalised. A message without an
 * id, or with the id of an earlier message, gets an id of its own that nothing refers to. A link
 * that would close a loop is not made.
 */
public final class ReferencesThreader {

    private ReferencesThreader() {
    }

    /** A message or a dummy in the id table, with its links; children stay in insertion order until sorted. */
    private static final class Container {
        ThreadMessage message;
        Container parent;
        final List<Container> children = new ArrayList<>();

        boolean dummy() {
            return message == null;
        }

        /** The message a sibling sort or subject lookup uses: a dummy's first child. */
        ThreadMessage representative() {
            return dummy() ? children.getFirst().message : message;
        }
    }

    private static final Comparator<Container> BY_SENT_DATE = Comparator
            .comparing((Container c) -> c.representative().sent())
            .thenComparingLong(c -> c.representative().number());

    public static List<ThreadNode> thread(List<ThreadMessage> messages) {
        List<Container> all = link(messages.stream().sorted(Comparator.comparingLong(ThreadMessage::number)).toList());
        List<Container> roots = new ArrayList<>();
        for (Container c : all) {
            if (c.parent == null) roots.add(c);
        }
        roots = prune(roots);
        // Step 4: the top level by date, which decides which thread the subject table meets first.
        sortDummyChildren(roots);
        roots.sort(BY_SENT_DATE);
        roots = gatherSubjects(roots);
        // Step 6: every set of siblings; a top-level dummy's children before the top level.
        for (Container c : descendants(roots)) {
            c.children.sort(BY_SENT_DATE);
        }
        roots.sort(BY_SENT_DATE);
        return nodes(roots);
    }

    /** Step 1: the id table and the parent/child links; returns every container, messages and dummies. */
    private static List<Container> link(List<ThreadMessage> messages) {
        Map<String, Container> byId = new HashMap<>();
        List<Container> all = new ArrayList<>();
        for (ThreadMessage m : messages) {
            String id = m.messageId() == null ? null : normalize(m.messageId());
            Container self = id == null ? null : byId.get(id);
            if (self == null || !self.dummy()) {
                self = new Container();
                all.add(self);
                // A duplicate id stays with the first message; this one is as if it had none.
                if (id != null) byId.putIfAbsent(id, self);
            }
            self.message = m;
            Container previous = null;
            for (String reference : m.references()) {
                Container c = byId.computeIfAbsent(normalize(reference), r -> {
                    Container dummy = new Container();
                    all.add(dummy);
                    return dummy;
                });
                // Links made by earlier References stand (step 1.A).
                if (previous != null && c.parent == null && !closesLoop(previous, c)) adopt(previous, c);
                previous = c;
            }
            // The message's own References decide its parent (step 1.B).
            if (self.parent != null) orphan(self);
            if (previous != null && !closesLoop(previous, self)) adopt(previous, self);
        }
        return all;
    }

    /** Whether making {@code parent} the parent of {@code child} would close a loop: child is parent or one of its ancestors. */
    private static boolean closesLoop(Container parent, Container child) {
        // Most links are to a container just made: with no children it can only be an ancestor of itself.
        if (child.children.isEmpty()) return parent == child;
        for (Container c = parent; c != null; c = c.parent) {
            if (c == child) return true;
        }
        return false;
    }

    private static void adopt(Container parent, Container child) {
        child.parent = parent;
        parent.children.add(child);
    }

    private static void orphan(Container child) {
        child.parent.children.remove(child);
        child.parent = null;
    }

    /**
     * Step 3: a dummy without children goes; one with children gives them to its parent in its
     * place, except at the top, where it stays when it holds several threads.
     */
    private static List<Container> prune(List<Container> roots) {
        // Children before parents, so each list is rebuilt from lists already pruned.
        for (Container c : descendants(roots).reversed()) {
            List<Container> kept = new ArrayList<>();
            for (Container child : c.children) {
                if (!child.dummy()) {
                    kept.add(child);
                    continue;
                }
                for (Container grandchild : child.children) {
                    grandchild.parent = c;
                    kept.add(grandchild);
                }
            }
            c.children.clear();
            c.children.addAll(kept);
        }
        List<Container> kept = new ArrayList<>();
        for (Container root : roots) {
            if (!root.dummy() || root.children.size() > 1) {
                kept.add(root);
            } else if (root.children.size() == 1) {
                Container only = root.children.getFirst();
                only.parent = null;
                kept.add(only);
            }
        }
        return kept;
    }

    /**
     * Step 5: top-level threads with the same base subject become one. The subject table holds,
     * per subject, a dummy if there is one, else preferably a message that is not a reply.
     */
    private static List<Container> gatherSubjects(List<Container> roots) {
        Map<String, Container> table = new HashMap<>();
        for (Container c : roots) {
            String subject = c.representative().baseSubject();
            if (subject.isEmpty()) continue;
            Container held = table.get(subject);
            if (held == null || (!held.dummy() && (c.dummy() || (isReply(held) && !isReply(c))))) {
                table.put(subject, c);
            }
        }
        Map<Container, Container> replaced = new HashMap<>();
        for (Container c : roots) {
            if (c.parent != null) continue; // already moved under a new dummy
            String subject = c.representative().baseSubject();
            if (subject.isEmpty()) continue;
            Container held = table.get(subject);
            if (held == c) continue;
            if (held.dummy() && c.dummy()) {
                for (Container child : c.children) adopt(held, child);
                c.children.clear();
                replaced.put(c, null);
            } else if (held.dummy() || (isReply(c) && !isReply(held))) {
                adopt(held, c);
                replaced.put(c, null);
            } else {
                Container dummy = new Container();
                adopt(dummy, held);
                adopt(dummy, c);
                replaced.put(held, dummy);
                replaced.put(c, null);
                table.put(subject, dummy);
            }
        }
        List<Container> result = new ArrayList<>();
        for (Container c : roots) {
            Container now = replaced.containsKey(c) ? replaced.get(c) : c;
            if (now != null) result.add(now);
        }
        return result;
    }

    private static boolean isReply(Container c) {
        return !c.dummy() && c.message.replyOrForward();
    }

    /** A top-level dummy sorts by its first child, so its children are sorted first. */
    private static void sortDummyChildren(List<Container> roots) {
        for (Container root : roots) {
            if (root.dummy()) root.children.sort(BY_SENT_DATE);
        }
    }

    /** Every container under and including the roots, parents before their children (iterative). */
    private static List<Container> descendants(List<Container> roots) {
        List<Container> out = new ArrayList<>();
        Deque<Container> stack = new ArrayDeque<>(roots);
        while (!stack.isEmpty()) {
            Container c = stack.pop();
            out.add(c);
            c.children.forEach(stack::push);
        }
        return out;
    }

    private static List<ThreadNode> nodes(List<Container> roots) {
        Map<Container, ThreadNode> built = new HashMap<>();
        for (Container c : descendants(roots).reversed()) {
            built.put(c, new ThreadNode(c.dummy() ? 0 : c.message.number(), c.children.stream().map(built::get).toList()));
        }
        return roots.stream().map(built::get).toList();
    }

    /**
     * Quoting does not make two ids differ (RFC 5256 section 3): {@code <"a b"@x>} is {@code <a b@x>},
     * a quoted-pair stands for its character.
     */
    static String normalize(String id) {
        if (id.indexOf('"') < 0) return id;
        StringBuilder out = new StringBuilder(id.length());
        boolean quoted = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted && c == '\\' && i + 1 < id.length()) {
                out.append(id.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
