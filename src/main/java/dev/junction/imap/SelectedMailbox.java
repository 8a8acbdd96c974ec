package dev.junction.imap;

import dev.junction.imap.protocol.SequenceSet;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxChange;
import dev.junction.store.MailboxChanges;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The session's selected mailbox (RFC 9051 3.3): the {@link MessageSequence} the client knows,
 * the MODSEQ up to which it has been told of changes, and what it has not been told yet.
 *
 * <p>The change feed only says "something changed"; {@link #catchUp} then reads what changed
 * from the store ({@link MailboxMessages#changesSince}). Per mailbox, commits happen in MODSEQ
 * order on both backends (the mailbox row is the lock), so reading from the last MODSEQ seen never
 * misses a change, and a change published by another node needs no more than a wake-up.
 * Expunges wait in {@link #pendingExpunges} while a command that forbids EXPUNGE runs.
 *
 * <p>{@code \Recent} (RFC 3501 2.3.2) is the session's, not the message's: the UIDs this session
 * claimed from the mailbox's watermark ({@link MailboxMessages#claimRecent}) when it selected the
 * mailbox and whenever it caught up with arrivals, kept as ranges.
 */
final class SelectedMailbox implements AutoCloseable {

    /**
     * What {@link #catchUp} found for the session to report. RECENT goes with every EXISTS (RFC
     * 3501 7.3.2), as arrivals are what change it; an EXPUNGE tells the client the rest.
     */
    record Updates(List<Expunge> expunged, List<MailboxMessages.FlagState> flagChanges, int exists, int recent) {
        static final int UNCHANGED = -1;
    }

    /** What the session does with {@code \Recent}. */
    enum Recent {
        /** SELECT by an IMAP4rev1 client: takes the messages no session has had as recent. */
        CLAIM,
        /** EXAMINE by an IMAP4rev1 client: sees them as recent but leaves them to the next SELECT (RFC 3501 6.3.2). */
        PEEK,
        /** IMAP4rev2 has no {@code \Recent} (RFC 9051): the session neither sees nor takes any. */
        NONE
    }

    /** One expunged message and the sequence number it had when it was taken out. */
    record Expunge(long uid, int sequence) {
    }

    private final Mailbox mailbox;
    private final boolean readOnly;
    private final Recent recentMode;
    private final MessageSequence messages;
    private final TreeSet<Long> pendingExpunges = new TreeSet<>();
    private final Set<Long> silenced = new HashSet<>();
    private final Set<String> keywords = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Semaphore signal = new Semaphore(0);
    private final MailboxChanges.Registration registration;
    private volatile long notifiedModSeq;
    private volatile boolean deleted;
    private boolean changedHere;
    private long seenModSeq;
    private int announcedExists;
    private UidSet recent = new UidSet(List.of());
    private UidSet savedSearch;

    private SelectedMailbox(Mailbox mailbox, boolean readOnly, Recent recentMode, MessageSequence messages,
                            long seenModSeq, MailboxChanges changes) {
        this.mailbox = mailbox;
        this.readOnly = readOnly;
        this.recentMode = recentMode;
        this.messages = messages;
        this.seenModSeq = seenModSeq;
        this.notifiedModSeq = seenModSeq;
        this.announcedExists = messages.size();
        this.registration = changes.listen(mailbox.id(), seenModSeq, this::changed);
    }

    /**
     * Opens a mailbox: listens for changes from its current MODSEQ, then reads its messages. A
     * change between the two is read again at the first {@link #catchUp} and found already known.
     * The messages read become recent for the session as {@code recentMode} says.
     */
    static SelectedMailbox open(Mailbox mailbox, boolean readOnly, Recent recentMode, MailboxMessages store,
                                MailboxChanges changes) throws MailboxException {
        long modSeq = store.status(mailbox.id()).highestModSeq();
        List<StoredMessage> rows = store.messages(mailbox.id(), UidSet.ALL);
        long[] uids = new long[rows.size()];
        for (int i = 0; i < uids.length; i++) uids[i] = rows.get(i).uid();
        SelectedMailbox selected = new SelectedMailbox(mailbox, readOnly, recentMode, new MessageSequence(uids),
                modSeq, changes);
        try {
            selected.takeRecent(store, 1);
        } catch (MailboxException | RuntimeException e) {
            selected.close();
            throw e;
        }
        long now = store.status(mailbox.id()).highestModSeq();
        if (now > modSeq) selected.changed(new MailboxChange.Appended(mailbox.id(), now, List.of()));
        return selected;
    }

    private void changed(MailboxChange change) {
        if (change instanceof MailboxChange.Deleted) {
            deleted = true;
        } else if (change.modSeq() > notifiedModSeq) {
            notifiedModSeq = change.modSeq();
        }
        signal.release();
    }

    /**
     * Reads what changed since the session last looked and applies it: arrivals join the
     * sequence at once (the session must announce EXISTS), expunges only when {@code allowExpunge}.
     *
     * @return what the session must now report, in this order: expunges (taken out one by one,
     *         highest first, so each sequence number is right when the client reads it), flag
     *         changes, then the new EXISTS count or {@link Updates#UNCHANGED}
     */
    Updates catchUp(MailboxMessages store, boolean allowExpunge) throws MailboxException {
        List<MailboxMessages.FlagState> flagChanges = new ArrayList<>();
        long knownUid = messages.maxUid();
        if (notifiedModSeq > seenModSeq || changedHere) {
            changedHere = false;
            MailboxMessages.Changes changes = store.changesSince(mailbox.id(), seenModSeq);
            Set<Long> vanished = new HashSet<>(changes.vanished());
            for (long uid : changes.vanished()) {
                if (messages.sequence(uid) != 0) pendingExpunges.add(uid);
            }
            for (MailboxMessages.FlagState f : changes.changed().stream()
                    .sorted((a, b) -> Long.compare(a.uid(), b.uid())).toList()) {
                if (vanished.contains(f.uid()) || pendingExpunges.contains(f.uid())) continue;
                if (f.uid() > messages.maxUid()) {
                    messages.append(f.uid());
                } else if (messages.sequence(f.uid()) != 0 && !silenced.contains(f.modSeq())) {
                    flagChanges.add(f);
                }
            }
            seenModSeq = Math.max(seenModSeq, changes.highestModSeq());
            silenced.clear();
            takeRecent(store, knownUid + 1);
        }
        List<Expunge> expunged = new ArrayList<>();
        if (allowExpunge && !pendingExpunges.isEmpty()) {
            for (long uid : pendingExpunges.descendingSet()) {
                expunged.add(new Expunge(uid, messages.remove(uid)));
            }
            pendingExpunges.clear();
            announcedExists -= expunged.size();
        }
        int exists = Updates.UNCHANGED;
        if (messages.size() != announcedExists) {
            announcedExists = messages.size();
            exists = announcedExists;
        }
        return new Updates(expunged, flagChanges, exists, exists == Updates.UNCHANGED ? Updates.UNCHANGED : recentCount());
    }

    /**
     * Makes the known messages from UID {@code first} on recent for this session where no session
     * had them before: claimed from the store's watermark under {@link Recent#CLAIM}, only looked
     * at under {@link Recent#PEEK}. Another session may have claimed some in between; the
     * watermark the store returns says which.
     */
    private void takeRecent(MailboxMessages store, long first) throws MailboxException {
        long last = messages.maxUid();
        if (last < first || recentMode == Recent.NONE) return;
        long before = recentMode == Recent.CLAIM ? store.claimRecent(mailbox.id(), last) : store.status(mailbox.id()).recentUid();
        long from = Math.max(first, before + 1);
        if (from > last) return;
        List<UidSet.Range> ranges = new ArrayList<>(recent.ranges());
        ranges.add(new UidSet.Range(from, last));
        recent = new UidSet(ranges);
    }

    /** Whether the message is recent in this session ({@code FLAGS}, SEARCH RECENT); never under IMAP4rev2. */
    boolean recent(long uid) {
        return recent.contains(uid);
    }

    /** The messages the client knows that are recent in this session, for {@code * n RECENT}. */
    int recentCount() {
        return messages.count(recent);
    }

    /**
     * This session's command changed the mailbox: the catch-up after it reads the store even if
     * the feed has not announced the change yet (it holds a change back until the one before it,
     * from another writer, is published), so its EXPUNGE or EXISTS come before the tagged OK.
     */
    void changedHere() {
        changedHere = true;
    }

    /** The client saw the result of this change already (its own STORE): do not report it again. */
    void silence(long modSeq) {
        if (modSeq > 0) silenced.add(modSeq);
    }

    /**
     * Waits until a change is announced or the time passes (IDLE). Interruptible, so the session
     * can stop the waiter when the client sends DONE.
     *
     * @return true when something changed
     */
    boolean awaitChange(long timeout, TimeUnit unit) throws InterruptedException {
        boolean changed = signal.tryAcquire(timeout, unit);
        signal.drainPermits();
        return changed;
    }

    /** Ends an {@link #awaitChange} early. */
    void wake() {
        signal.release();
    }

    /** True when there may be something {@link #catchUp} would find. */
    boolean changedSinceSeen() {
        return deleted || changedHere || notifiedModSeq > seenModSeq;
    }

    /**
     * The UIDs a command's sequence set names ({@link MessageSequence#resolve}), the saved
     * SEARCH result for {@code $}.
     *
     * @throws ImapException BAD for a sequence number the client was never told of
     */
    UidSet uids(SequenceSet set, boolean uid) throws ImapException {
        try {
            return messages.resolve(set, uid, savedSearch);
        } catch (IllegalArgumentException e) {
            throw ImapException.bad(null, e.getMessage());
        }
    }

    /** The mailbox was deleted or renamed away under the session. */
    boolean deleted() {
        return deleted;
    }

    Mailbox mailbox() {
        return mailbox;
    }

    long id() {
        return mailbox.id();
    }

    boolean readOnly() {
        return readOnly;
    }

    MessageSequence messages() {
        return messages;
    }

    /** The MODSEQ up to which the client has been told everything. */
    long seenModSeq() {
        return seenModSeq;
    }

    /** The keywords the client's FLAGS list holds (SELECT's, and those STORE added since). */
    Set<String> keywords() {
        return keywords;
    }

    /** Adds to {@link #keywords()}; true when one was new, so the client needs a new FLAGS list. */
    boolean learnKeywords(Collection<String> flags) {
        boolean learnt = false;
        for (String flag : flags) {
            if (!flag.startsWith("\\")) learnt |= keywords.add(flag);
        }
        return learnt;
    }

        /** The UIDs SEARCH ... RETURN (SAVE) kept for {@code $} (RFC 5182), null when none. */
    UidSet savedSearch() {
        return savedSearch;
    }

    void savedSearch(UidSet uids) {
        this.savedSearch = uids;
    }

    @Override
    public void close() {
        registration.close();
    }
}
