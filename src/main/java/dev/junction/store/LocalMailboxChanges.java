package dev.junction.store;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The change feed inside one process. Writers commit, then publish, so two writers on one
 * mailbox may publish out of MODSEQ order; each registration therefore holds early changes until
 * the one before them arrives (MODSEQs of one mailbox rise by exactly one per change). A change
 * that never comes (committed by another process) would hold the rest back, so past
 * {@link #MAX_HELD} held changes they are released in order and the listener sees the MODSEQ jump;
 * it can fill the gap with {@link MailboxMessages#changesSince}.
 */
public final class LocalMailboxChanges implements MailboxChanges {

    static final int MAX_HELD = 64;
    private static final Logger LOG = Logger.getLogger("junction.store");

    private final Map<Long, Set<Ordered>> listeners = new ConcurrentHashMap<>();

    @Override
    public Registration listen(long mailboxId, long seenModSeq, Listener listener) {
        Ordered o = new Ordered(seenModSeq + 1, listener);
        listeners.compute(mailboxId, (k, set) -> {
            Set<Ordered> s = set != null ? set : ConcurrentHashMap.newKeySet();
            s.add(o);
            return s;
        });
        return () -> listeners.computeIfPresent(mailboxId, (k, set) -> {
            set.remove(o);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void publish(MailboxChange change) {
        Set<Ordered> set = listeners.get(change.mailboxId());
        if (set != null) set.forEach(o -> o.offer(change));
    }

    /** Number of mailboxes with listeners (for tests and metrics). */
    public int listenedMailboxes() {
        return listeners.size();
    }

    private static final class Ordered {
        private final ReentrantLock lock = new ReentrantLock();
        private final TreeMap<Long, MailboxChange> held = new TreeMap<>();
        private final Listener listener;
        private long next;

        Ordered(long next, Listener listener) {
            this.next = next;
            this.listener = listener;
        }

        void offer(MailboxChange change) {
            lock.lock();
            try {
                if (change instanceof MailboxChange.Deleted) {
                    deliver(change);
                    return;
                }
                if (change.modSeq() < next) return;
                held.put(change.modSeq(), change);
                while (!held.isEmpty() && (held.firstKey() == next || held.size() > MAX_HELD)) {
                    MailboxChange c = held.pollFirstEntry().getValue();
                    next = c.modSeq() + 1;
                    deliver(c);
                }
            } finally {
                lock.unlock();
            }
        }

        private void deliver(MailboxChange change) {
            try {
                listener.changed(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "mailbox change listener failed on " + change, e);
            }
        }
    }
}
