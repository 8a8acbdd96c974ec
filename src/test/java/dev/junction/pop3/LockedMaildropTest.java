package dev.junction.pop3;

import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.MaildropLock;
import dev.junction.store.Maildrops;
import dev.junction.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Message numbers, DELE/RSET marks and the lock renewal of a session's maildrop. */
class LockedMaildropTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T20:00:00Z"));
    private final Lock lock = new Lock();
    private final LockedMaildrop maildrop = new LockedMaildrop(new Maildrops.Maildrop(7, 42, List.of(
            entry(3, 100), entry(5, 200))), lock, Duration.ofMinutes(10), clock);

    @Test
    void numbersCountFromOneAndDeletedMessagesAreGoneUntilRset() throws Exception {
        assertThat(maildrop.message("2").uid()).isEqualTo(5);
        maildrop.delete("1");
        assertThatThrownBy(() -> maildrop.message("1")).extracting(e -> ((Pop3Exception) e).error())
                .isEqualTo(Pop3Error.MESSAGE_DELETED);
        assertThat(maildrop.live()).extracting(LockedMaildrop.Numbered::number).containsExactly(2);
        maildrop.reset();
        assertThat(maildrop.live()).hasSize(2);
        assertThat(maildrop.deletedCount()).isZero();
    }

    @Test
    void theLockIsRenewedOnceHalfTheLeaseHasGoneAndItsLossEndsTheSession() throws Exception {
        clock.advance(Duration.ofMinutes(4));
        maildrop.keepLocked();
        assertThat(lock.renewals).isZero();
        clock.advance(Duration.ofMinutes(2));
        maildrop.keepLocked();
        assertThat(lock.renewals).isEqualTo(1);
        lock.lost = true;
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(maildrop::keepLocked).extracting(e -> ((Pop3Exception) e).error())
                .isEqualTo(Pop3Error.LOCK_LOST);
    }

    private static Maildrops.Entry entry(long uid, long size) {
        return new Maildrops.Entry(uid, size, new BlobRef(new BlobId("a".repeat(64)), size), "42." + uid);
    }

    private static final class Lock implements MaildropLock {
        int renewals;
        boolean lost;

        @Override
        public boolean renew() {
            renewals++;
            return !lost;
        }

        @Override
        public void close() {
        }
    }
}
