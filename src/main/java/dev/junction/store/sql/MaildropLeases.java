package dev.junction.store.sql;

import dev.junction.sql.Database;
import dev.junction.sql.Statements;
import dev.junction.store.MaildropLock;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The POP3 maildrop lock as a lease row: taking it inserts the row, or takes over one whose lease
 * has run out, in one statement ({@code ON CONFLICT ... DO UPDATE ... WHERE}), so two nodes racing
 * for it cannot both win. Renewal and release name the holder, so a holder whose lease lapsed and
 * was taken over cannot touch the new holder's row.
 */
final class MaildropLeases {

    private final Database db;
    private final Clock clock;

    MaildropLeases(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Optional<MaildropLock> lock(long accountId, Duration lease) {
        String holder = UUID.randomUUID().toString();
        long now = clock.millis();
        int taken = db.write(c -> Statements.update(c, "INSERT INTO maildrop_locks (account_id, holder, expires_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET holder = excluded.holder,"
                + " expires_at = excluded.expires_at WHERE maildrop_locks.expires_at <= ?",
                accountId, holder, now + lease.toMillis(), now));
        return taken == 0 ? Optional.empty() : Optional.of(new Held(accountId, holder, lease));
    }

    private final class Held implements MaildropLock {
        private final long accountId;
        private final String holder;
        private final Duration lease;

        Held(long accountId, String holder, Duration lease) {
            this.accountId = accountId;
            this.holder = holder;
            this.lease = lease;
        }

        @Override
        public boolean renew() {
            long now = clock.millis();
            return db.write(c -> Statements.update(c, "UPDATE maildrop_locks SET expires_at = ?"
                    + " WHERE account_id = ? AND holder = ?", now + lease.toMillis(), accountId, holder)) == 1;
        }

        @Override
        public void close() {
            db.write(c -> Statements.update(c, "DELETE FROM maildrop_locks WHERE account_id = ? AND holder = ?",
                    accountId, holder));
        }
    }
}
