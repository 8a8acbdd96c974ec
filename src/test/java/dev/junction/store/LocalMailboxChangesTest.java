package dev.junction.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class LocalMailboxChangesTest {

    private final LocalMailboxChanges changes = new LocalMailboxChanges();
    private final List<MailboxChange> heard = new ArrayList<>();

    private static MailboxChange appended(long modSeq) {
        return new MailboxChange.Appended(1, modSeq, List.of(modSeq));
    }

    @Test
    void aChangePublishedEarlyIsHeldUntilTheOneBeforeIt() {
        changes.listen(1, 10, heard::add);
        changes.publish(appended(12));
        assertThat(heard).isEmpty();
        changes.publish(appended(11));
        assertThat(heard).extracting(MailboxChange::modSeq).containsExactly(11L, 12L);
    }

    @Test
    void changesAtOrBelowWhatTheListenerHasSeenAreSkipped() {
        changes.listen(1, 10, heard::add);
        changes.publish(appended(9));
        changes.publish(appended(10));
        changes.publish(appended(11));
        assertThat(heard).extracting(MailboxChange::modSeq).containsExactly(11L);
    }

    @Test
    void aChangeThatNeverComesStopsHoldingTheRestPastTheLimit() {
        changes.listen(1, 10, heard::add);
        long last = 12 + LocalMailboxChanges.MAX_HELD;
        for (long m = 12; m <= last; m++) changes.publish(appended(m));
        assertThat(heard).extracting(MailboxChange::modSeq)
                .containsExactlyElementsOf(LongStream.rangeClosed(12, last).boxed().toList());
        changes.publish(appended(last + 1));
        assertThat(heard).hasSize(LocalMailboxChanges.MAX_HELD + 2);
    }

    @Test
    void deletionIsHeardAtOnceAndOtherMailboxesAreNotHeard() {
        changes.listen(1, 10, heard::add);
        changes.publish(new MailboxChange.Appended(2, 11, List.of(1L)));
        changes.publish(appended(12));
        changes.publish(new MailboxChange.Deleted(1));
        assertThat(heard).containsExactly(new MailboxChange.Deleted(1));
    }

    @Test
    void aFailingListenerDoesNotStopTheOthersAndClosingEndsTheRegistration() {
        changes.listen(1, 0, c -> {
            throw new IllegalStateException("broken session");
        });
        MailboxChanges.Registration r = changes.listen(1, 0, heard::add);
        changes.publish(appended(1));
        r.close();
        changes.publish(appended(2));
        assertThat(heard).extracting(MailboxChange::modSeq).containsExactly(1L);
        assertThat(changes.listenedMailboxes()).isEqualTo(1);
    }
}
