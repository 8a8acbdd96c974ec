package dev.junction.pop3;

import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages;
import dev.junction.store.MaildropLock;
import dev.junction.store.Maildrops;
import dev.junction.store.UidSet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The maildrop a session in TRANSACTION state works on (RFC 1939 5): the INBOX as it was when
 * the lock was taken, numbered from 1, with the messages marked deleted. Nothing reaches the
 * store before {@link #update}, QUIT's UPDATE state. Messages delivered meanwhile wait for the
 * next session, as RFC 1939 lets the server do.
 */
final class LockedMaildrop implements AutoCloseable {

    private final Maildrops.Maildrop maildrop;
    private final MaildropLock lock;
    private final Duration lease;
    private final Clock clock;
    private final boolean[] deleted;
    private Instant renewed;
    private int retrieved;
    private int deletedCount;
    private long bytesSent;

    LockedMaildrop(Maildrops.Maildrop maildrop, MaildropLock lock, Duration lease, Clock clock) {
        this.maildrop = maildrop;
        this.lock = lock;
        this.lease = lease;
        this.clock = clock;
        this.deleted = new boolean[maildrop.messages().size()];
        this.renewed = clock.instant();
    }

    /**
     * The message a "msg" argument names.
     *
     * @throws Pop3Exception SYNTAX (not a number), NO_SUCH_MESSAGE, MESSAGE_DELETED
     */
    Maildrops.Entry message(String number) throws Pop3Exception {
        int n = number(number);
        if (deleted[n - 1]) throw new Pop3Exception(Pop3Error.MESSAGE_DELETED);
        return maildrop.messages().get(n - 1);
    }

    /** 1-based message number, checked against the maildrop's size. */
    int number(String text) throws Pop3Exception {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Pop3Exception(Pop3Error.SYNTAX);
        }
        int n = Integer.parseInt(text);
        if (n < 1 || n > deleted.length) throw new Pop3Exception(Pop3Error.NO_SUCH_MESSAGE);
        return n;
    }

    /** The messages not marked deleted, with their numbers. */
    List<Numbered> live() {
        List<Numbered> live = new ArrayList<>();
        for (int i = 0; i < deleted.length; i++) {
            if (!deleted[i]) live.add(new Numbered(i + 1, maildrop.messages().get(i)));
        }
        return live;
    }

    void delete(String number) throws Pop3Exception {
        message(number);
        deleted[Integer.parseInt(number) - 1] = true;
        deletedCount++;
    }

    /** RSET: unmarks every message. */
    void reset() {
        java.util.Arrays.fill(deleted, false);
        deletedCount = 0;
    }

    void sent(long bytes, boolean whole) {
        bytesSent += bytes;
        if (whole) retrieved++;
    }

    /**
     * Renews the lock when half its lease has gone.
     *
     * @throws Pop3Exception LOCK_LOST when it lapsed and another session took it
     */
    void keepLocked() throws Pop3Exception {
        Instant now = clock.instant();
        if (Duration.between(renewed, now).compareTo(lease.dividedBy(2)) < 0) return;
        if (!lock.renew()) throw new Pop3Exception(Pop3Error.LOCK_LOST);
        renewed = now;
    }

    /** The UPDATE state: removes the messages marked deleted. */
    void update(MailboxMessages messages) throws MailboxException {
        List<Long> uids = new ArrayList<>();
        for (int i = 0; i < deleted.length; i++) {
            if (deleted[i]) uids.add(maildrop.messages().get(i).uid());
        }
        if (!uids.isEmpty()) messages.expunge(maildrop.mailboxId(), UidSet.of(uids), false);
    }

    int retrieved() {
        return retrieved;
    }

    int deletedCount() {
        return deletedCount;
    }

    long bytesSent() {
        return bytesSent;
    }

    @Override
    public void close() {
        lock.close();
    }

    record Numbered(int number, Maildrops.Entry entry) {
    }
}
