package dev.junction.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** POP3: the maildrop view and its lock (RFC 1939, RFC 2449 [IN-USE]). */
public interface MaildropsContract extends StoreBackend {

    Duration LEASE = Duration.ofMinutes(10);

    @Test
    default void theMaildropIsTheInboxInUidOrderWithStableUniqueIds() throws Exception {
        MailStore store = views().store();
        store.deliver(1, "INBOX", blob(1, 100), DATE, null, 0);
        store.deliver(1, "INBOX", blob(2, 200), DATE, null, 0);
        store.deliver(1, "Sent", blob(3, 300), DATE, null, 0);
        Mailbox inbox = store.mailbox(1, "INBOX").orElseThrow();
        views().messages().expunge(inbox.id(), UidSet.of(1), false);
        store.deliver(1, "INBOX", blob(4, 400), DATE, null, 0);
        Maildrops.Maildrop drop = views().maildrops().maildrop(1);
        assertThat(drop.mailboxId()).isEqualTo(inbox.id());
        assertThat(drop.uidValidity()).isEqualTo(inbox.uidValidity());
        assertThat(drop.messages()).extracting(Maildrops.Entry::uid, Maildrops.Entry::size, Maildrops.Entry::uniqueId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 200L, inbox.uidValidity() + ".2"),
                        org.assertj.core.groups.Tuple.tuple(3L, 400L, inbox.uidValidity() + ".3"));
        assertThat(another().maildrops().maildrop(1)).isEqualTo(drop);
    }

    @Test
    default void anAccountWithoutMailboxesHasAnEmptyMaildrop() {
        assertThat(views().maildrops().maildrop(7).messages()).isEmpty();
        assertThat(views().store().mailbox(7, "INBOX")).isPresent();
    }

    @Test
    default void theLockIsExclusiveAcrossStoresOnOneDatabase() {
        Maildrops first = views().maildrops();
        Maildrops second = another().maildrops();
        Optional<MaildropLock> held = first.lockMaildrop(1, LEASE);
        assertThat(held).isPresent();
        assertThat(second.lockMaildrop(1, LEASE)).isEmpty();
        assertThat(first.lockMaildrop(1, LEASE)).isEmpty(); // a second session in the same process too
        assertThat(second.lockMaildrop(2, LEASE)).isPresent(); // another account is free
        assertThat(held.get().renew()).isTrue();
        held.get().close();
        assertThat(second.lockMaildrop(1, LEASE)).isPresent();
    }

    @Test
    default void aLapsedLeaseIsTakenOverAndItsHolderCannotRenew() {
        Optional<MaildropLock> crashed = views().maildrops().lockMaildrop(1, Duration.ZERO);
        assertThat(crashed).isPresent();
        Optional<MaildropLock> next = another().maildrops().lockMaildrop(1, LEASE);
        assertThat(next).isPresent();
        assertThat(crashed.get().renew()).isFalse();
        crashed.get().close(); // must not release the new holder's lock
        assertThat(views().maildrops().lockMaildrop(1, LEASE)).isEmpty();
        next.get().close();
        assertThat(views().maildrops().lockMaildrop(1, LEASE)).isPresent();
    }

    @Test
    default void deletingAtQuitIsAnExpungeOfTheMaildrop() throws Exception {
        views().store().deliver(1, "INBOX", blob(1, 100), DATE, null, 0);
        views().store().deliver(1, "INBOX", blob(2, 200), DATE, null, 0);
        Maildrops.Maildrop drop = views().maildrops().maildrop(1);
        views().messages().expunge(drop.mailboxId(), UidSet.of(drop.messages().getFirst().uid()), false);
        assertThat(views().maildrops().maildrop(1).messages()).extracting(Maildrops.Entry::size).containsExactly(200L);
        assertThat(views().store().usage(1)).isEqualTo(new MailStore.Usage(200, 1));
        assertThat(views().messages().status(drop.mailboxId()).messages()).isEqualTo(1);
        assertThat(Set.of(drop.messages().getFirst().uniqueId())).doesNotContain(
                views().maildrops().maildrop(1).messages().getFirst().uniqueId());
    }
}
