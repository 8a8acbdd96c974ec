package dev.junction.store;

import dev.junction.store.MailboxMessages.StoreMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What a selected session hears after each committed change. */
public interface MailboxChangesContract extends StoreBackend {

    @Test
    default void aListenerHearsEachChangeAfterWhatItHasSeenInOrder() throws Exception {
        views().store().createDefaultMailboxes(1);
        Mailbox inbox = views().store().mailbox(1, "INBOX").orElseThrow();
        long trash = views().store().mailbox(1, "Trash").orElseThrow().id();
        MailboxMessages imap = views().messages();
        imap.append(inbox.id(), blob(1, 10), DATE, Set.of(), 0);
        long seen = imap.status(inbox.id()).highestModSeq();
        List<MailboxChange> heard = new CopyOnWriteArrayList<>();
        try (MailboxChanges.Registration r = views().changes().listen(inbox.id(), seen, heard::add)) {
            views().store().deliver(1, "INBOX", blob(2, 20), DATE, "q/1", 0);
            imap.store(inbox.id(), UidSet.of(1), StoreMode.ADD, Set.of("\\Seen"), MailboxMessages.ANY_MODSEQ);
            imap.store(inbox.id(), UidSet.of(1), StoreMode.ADD, Set.of("\\Seen"), MailboxMessages.ANY_MODSEQ); // no change
            imap.move(inbox.id(), UidSet.of(2), trash);
            imap.append(trash, blob(3, 1), DATE, Set.of(), 0); // another mailbox
            assertThat(heard).containsExactly(
                    new MailboxChange.Appended(inbox.id(), seen + 1, List.of(2L)),
                    new MailboxChange.FlagsChanged(inbox.id(), seen + 2,
                            List.of(new MailboxMessages.FlagState(1, seen + 2, Set.of("\\Seen")))),
                    new MailboxChange.Expunged(inbox.id(), seen + 3, List.of(2L)));
        }
        imap.expunge(inbox.id(), UidSet.ALL, false);
        assertThat(heard).hasSize(3);
    }

    @Test
    default void concurrentWritersAreHeardInModSeqOrder() throws Exception {
        views().store().createDefaultMailboxes(1);
        long inbox = views().store().mailbox(1, "INBOX").orElseThrow().id();
        long seen = views().messages().status(inbox).highestModSeq();
        List<MailboxChange> heard = new CopyOnWriteArrayList<>();
        int n = 30;
        try (MailboxChanges.Registration r = views().changes().listen(inbox, seen, heard::add);
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<StoredMessage>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                done.add(pool.submit(() -> views().messages().append(inbox, blob(k, 1), DATE, Set.of(), 0)));
            }
            for (Future<StoredMessage> f : done) f.get();
        }
        assertThat(heard).extracting(MailboxChange::modSeq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(seen + 1, seen + n).boxed().toList());
        assertThat(heard).flatExtracting(c -> ((MailboxChange.Appended) c).uids()).isSorted().hasSize(n);
    }

    @Test
    default void deletingOrRenamingAwayTellsTheListeners() throws Exception {
        Mailbox box = views().tree().create(1, "Projects", null);
        List<MailboxChange> heard = new CopyOnWriteArrayList<>();
        views().changes().listen(box.id(), box.highestModSeq(), heard::add);
        views().tree().rename(1, "Projects", "Done"); // same mailbox, same id: nothing to tell
        assertThat(heard).isEmpty();
        views().tree().delete(1, "Done");
        assertThat(heard).containsExactly(new MailboxChange.Deleted(box.id()));
    }
}
