package dev.junction.queue;

import java.time.Instant;

/**
 * What one delivery attempt did to one recipient, written by {@link Spool#record} in one commit
 * together with the notice it makes the recipient owe, so that a crash cannot keep the state and
 * lose the notice (docs/adr/queue-notice-outbox.md).
 *
 * @param state       PENDING (deferred), DELIVERED or FAILED
 * @param reply       "code status text", kept as the last reply and the DSN diagnostic
 * @param remoteMta   the server that answered, or null
 * @param nextAttempt when to try again (PENDING only, else null)
 * @param notice      the notice now owed to the sender, or null for none (an owed one stays owed);
 *                    DELAYED also marks the recipient delay-notified
 */
public record Attempt(RecipientState state, String reply, String remoteMta, Instant nextAttempt, Dsn.Action notice) {

    public Attempt {
        if ((state == RecipientState.PENDING) != (nextAttempt != null)) {
            throw new IllegalArgumentException("a next attempt is given exactly for a pending recipient");
        }
    }
}
