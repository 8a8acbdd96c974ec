package dev.junction.store;

import dev.junction.store.MailboxException.Code;
import dev.junction.store.MailboxMessages.CopyResult;
import dev.junction.store.MailboxMessages.FlagState;
import dev.junction.store.MailboxMessages.StoreMode;
import dev.junction.store.MailboxMessages.StoreResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static dev.junction.store.MailboxMessages.ANY_MODSEQ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** IMAP message operations: APPEND, STORE, EXPUNGE, COPY, MOVE, STATUS, CONDSTORE and QRESYNC data. */
public interface MailboxMessagesContract extends StoreBackend {

    private MailboxMessages imap() {
        return views().messages();
    }

    private long inboxId() {
        views().store().createDefaultMailboxes(1);
        return views().store().mailbox(1, "INBOX").orElseThrow().id();
    }

    private long id(String name) {
        return views().store().mailbox(1, name).orElseThrow().id();
    }

    private long highestModSeq(long mailboxId) throws MailboxException {
        return imap().status(mailboxId).highestModSeq();
    }

    private List<Long> fill(long mailboxId, int n) throws Exception {
        List<Long> uids = new ArrayList<>();
        for (int i = 0; i < n; i++) uids.add(imap().append(mailboxId, blob(i, 10 * (i + 1)), DATE, Set.of(), 0).uid());
        return uids;
    }

    @Test
    default void appendKeepsFlagsAndDateAndChargesTheQuota() throws Exception {
        long inbox = inboxId();
        StoredMessage m = imap().append(inbox, blob(1, 100), DATE, Set.of("\\SEEN", "$Forwarded"), 0);
        assertThat(m.uid()).isEqualTo(1);
        assertThat(m.flags()).containsExactlyInAnyOrder("\\Seen", "$Forwarded");
        assertThat(imap().messages(inbox, UidSet.ALL)).containsExactly(m);
        assertThat(m.internalDate()).isEqualTo(DATE);
        assertThat(views().store().usage(1)).isEqualTo(new MailStore.Usage(100, 1));
        assertThatThrownBy(() -> imap().append(inbox, blob(2, 901), DATE, Set.of(), 1000)).isInstanceOf(OverQuotaException.class);
        assertThatThrownBy(() -> imap().append(inbox, blob(2, 1), DATE, Set.of("\\Recent"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(imap().status(inbox).messages()).isEqualTo(1);
        assertThatThrownBy(() -> imap().append(987_654, blob(2, 1), DATE, Set.of(), 0))
                .isInstanceOfSatisfying(MailboxException.class, e -> assertThat(e.code()).isEqualTo(Code.NONEXISTENT));
    }

    @Test
    default void uidsAreNeverReusedAfterExpungeAndRestart() throws Exception {
        long inbox = inboxId();
        fill(inbox, 3);
        assertThat(imap().expunge(inbox, UidSet.range(2, 3), false).uids()).containsExactly(2L, 3L);
        StoreViews restarted = another();
        assertThat(restarted.messages().append(inbox, blob(9, 1), DATE, Set.of(), 0).uid()).isEqualTo(4);
        assertThat(restarted.store().deliver(1, "INBOX", blob(9, 1), DATE, null, 0).uid()).isEqualTo(5);
        assertThat(imap().messages(inbox, UidSet.ALL)).extracting(StoredMessage::uid).containsExactly(1L, 4L, 5L);
    }

    @Test
    default void storeAddsRemovesAndReplacesWithOneNewModSeqPerChange() throws Exception {
        long inbox = inboxId();
        fill(inbox, 3);
        long before = highestModSeq(inbox);
        StoreResult added = imap().store(inbox, UidSet.range(1, 2), StoreMode.ADD, Set.of("\\Flagged", "$Work"), ANY_MODSEQ);
        assertThat(added.modSeq()).isEqualTo(before + 1);
        assertThat(added.messages()).extracting(FlagState::uid, FlagState::modSeq, FlagState::flags).containsExactly(
                tuple(1L, before + 1, Set.of("\\Flagged", "$Work")), tuple(2L, before + 1, Set.of("\\Flagged", "$Work")));
        // the same flags again (keywords compare case-insensitively): nothing changes, no new MODSEQ
        StoreResult again = imap().store(inbox, UidSet.of(1), StoreMode.ADD, Set.of("\\flagged", "$WORK"), ANY_MODSEQ);
        assertThat(again.modSeq()).isZero();
        assertThat(again.messages()).extracting(FlagState::modSeq).containsExactly(before + 1);
        assertThat(highestModSeq(inbox)).isEqualTo(before + 1);
        StoreResult removed = imap().store(inbox, UidSet.of(1, 3), StoreMode.REMOVE, Set.of("$work"), ANY_MODSEQ);
        assertThat(removed.modSeq()).isEqualTo(before + 2);
        assertThat(removed.messages()).extracting(FlagState::uid, FlagState::modSeq, FlagState::flags).containsExactly(
                tuple(1L, before + 2, Set.of("\\Flagged")), tuple(3L, before, Set.of()));
        assertThat(imap().keywords(inbox)).containsExactly("$Work");
        StoreResult replaced = imap().store(inbox, UidSet.ALL, StoreMode.REPLACE, Set.of("\\Seen"), ANY_MODSEQ);
        assertThat(replaced.messages()).extracting(FlagState::flags).containsOnly(Set.of("\\Seen"));
        assertThat(imap().messages(inbox, UidSet.ALL)).extracting(StoredMessage::flags).containsOnly(Set.of("\\Seen"));
        assertThat(imap().messages(inbox, UidSet.ALL)).extracting(StoredMessage::modSeq).containsOnly(before + 3);
        assertThat(highestModSeq(inbox)).isEqualTo(before + 3);
        assertThat(imap().keywords(inbox)).isEmpty();
    }

    @Test
    default void unchangedSinceLeavesNewerMessagesAloneAndReportsThem() throws Exception {
        long inbox = inboxId();
        fill(inbox, 3);
        StoreResult first = imap().store(inbox, UidSet.of(2), StoreMode.ADD, Set.of("\\Answered"), ANY_MODSEQ);
        long seen = first.modSeq() - 1; // the client saw the mailbox before that STORE
        StoreResult conditional = imap().store(inbox, UidSet.range(1, 3), StoreMode.ADD, Set.of("\\Seen"), seen);
        assertThat(conditional.modified()).containsExactly(2L);
        assertThat(conditional.messages()).extracting(FlagState::uid).containsExactly(1L, 3L);
        assertThat(imap().messages(inbox, UidSet.of(2)).getFirst().flags()).containsExactly("\\Answered");
        // UNCHANGEDSINCE 0 always fails (RFC 7162 3.1.3)
        assertThat(imap().store(inbox, UidSet.ALL, StoreMode.ADD, Set.of("\\Draft"), 0).modified()).containsExactly(1L, 2L, 3L);
    }

    @Test
    default void changesSinceGivesFlagChangesArrivalsAndVanishedUids() throws Exception {
        long inbox = inboxId();
        fill(inbox, 4);
        long mark = highestModSeq(inbox);
        imap().store(inbox, UidSet.of(1), StoreMode.ADD, Set.of("\\Seen"), ANY_MODSEQ);
        imap().store(inbox, UidSet.of(3), StoreMode.ADD, Set.of("\\Deleted"), ANY_MODSEQ);
        MailboxMessages.Expunged gone = imap().expunge(inbox, UidSet.ALL, true);
        assertThat(gone.uids()).containsExactly(3L);
        long arrived = imap().append(inbox, blob(7, 1), DATE, Set.of("\\Draft"), 0).uid();
        MailboxMessages.Changes changes = imap().changesSince(inbox, mark);
        assertThat(changes.highestModSeq()).isEqualTo(mark + 4);
        assertThat(changes.changed()).extracting(FlagState::uid, FlagState::modSeq, FlagState::flags).containsExactly(
                tuple(1L, mark + 1, Set.of("\\Seen")), tuple(arrived, mark + 4, Set.of("\\Draft")));
        assertThat(changes.vanished()).containsExactly(3L);
        assertThat(imap().changesSince(inbox, gone.modSeq()).vanished()).isEmpty();
        assertThat(imap().changesSince(inbox, mark + 4).changed()).isEmpty();
    }

    @Test
    default void expungeRemovesOnlyWhatIsAskedAndCreditsTheQuota() throws Exception {
        long inbox = inboxId();
        fill(inbox, 4); // sizes 10, 20, 30, 40
        imap().store(inbox, UidSet.of(1, 2, 4), StoreMode.ADD, Set.of("\\Deleted"), ANY_MODSEQ);
        assertThat(imap().expunge(inbox, UidSet.range(2, 3), true).uids()).containsExactly(2L);
        assertThat(imap().expunge(inbox, UidSet.of(99), false)).isEqualTo(new MailboxMessages.Expunged(0, List.of()));
        assertThat(views().store().usage(1)).isEqualTo(new MailStore.Usage(80, 3));
        assertThat(imap().status(inbox).deleted()).isEqualTo(2);
    }

    @Test
    default void copyGivesNewUidsInTheTargetAndChargesTheQuota() throws Exception {
        long inbox = inboxId();
        fill(inbox, 3);
        imap().store(inbox, UidSet.of(2), StoreMode.ADD, Set.of("\\Seen", "$Work"), ANY_MODSEQ);
        long archive = id("Archive");
        imap().append(archive, blob(50, 5), DATE, Set.of(), 0);
        CopyResult copied = imap().copy(inbox, UidSet.of(2, 3), archive, 0);
        assertThat(copied.uidValidity()).isEqualTo(views().store().mailbox(1, "Archive").orElseThrow().uidValidity());
        assertThat(copied.sourceUids()).containsExactly(2L, 3L);
        assertThat(copied.targetUids()).containsExactly(2L, 3L);
        assertThat(imap().messages(archive, UidSet.range(2, 3))).extracting(StoredMessage::flags, m -> m.blob().size())
                .containsExactly(tuple(Set.of("\\Seen", "$Work"), 20L), tuple(Set.of(), 30L));
        assertThat(views().store().usage(1)).isEqualTo(new MailStore.Usage(115, 6));
        assertThatThrownBy(() -> imap().copy(inbox, UidSet.ALL, archive, 150)).isInstanceOf(OverQuotaException.class);
        assertThat(imap().status(archive).messages()).isEqualTo(3);
        imap().expunge(archive, UidSet.ALL, false);
        assertThat(views().store().usage(1)).isEqualTo(new MailStore.Usage(60, 3));
        assertThat(imap().copy(inbox, UidSet.of(42), archive, 0).targetUids()).isEmpty();
    }

    @Test
    default void moveIsCopyAndExpungeInOneStepAndKeepsUsage() throws Exception {
        long inbox = inboxId();
        fill(inbox, 3);
        long trash = id("Trash");
        long inboxModSeq = highestModSeq(inbox);
        CopyResult moved = imap().move(inbox, UidSet.of(1, 3), trash);
        assertThat(moved.sourceUids()).containsExactly(1L, 3L);
        assertThat(moved.targetUids()).containsExactly(1L, 2L);
        assertThat(imap().messages(inbox, UidSet.ALL)).extracting(StoredMessage::uid).containsExactly(2L);
        assertThat(imap().messages(trash, UidSet.ALL)).extracting(m -> m.blob().size()).containsExactly(10L, 30L);
        assertThat(imap().changesSince(inbox, inboxModSeq).vanished()).containsExactly(1L, 3L);
        assertThat(views().store().usage(1)).isEqualTo(new MailStore.Usage(60, 3));
        views().store().createDefaultMailboxes(2);
        long otherInbox = views().store().mailbox(2, "INBOX").orElseThrow().id();
        assertThatThrownBy(() -> imap().move(inbox, UidSet.ALL, otherInbox))
                .isInstanceOfSatisfying(MailboxException.class, e -> assertThat(e.code()).isEqualTo(Code.CANNOT));
        assertThat(imap().messages(inbox, UidSet.ALL)).hasSize(1);
    }

    @Test
    default void statusComesFromCountersThatMatchTheMessages() throws Exception {
        long inbox = inboxId();
        fill(inbox, 5); // 10 + 20 + 30 + 40 + 50
        imap().store(inbox, UidSet.of(1, 2), StoreMode.ADD, Set.of("\\Seen"), ANY_MODSEQ);
        imap().store(inbox, UidSet.of(4, 5), StoreMode.ADD, Set.of("\\Deleted"), ANY_MODSEQ);
        imap().move(inbox, UidSet.of(5), id("Trash"));
        imap().copy(inbox, UidSet.of(1), id("Trash"), 0);
        MailboxStatus s = imap().status(inbox);
        assertThat(s).isEqualTo(new MailboxStatus(4, 6, views().store().mailbox(1, "INBOX").orElseThrow().uidValidity(),
                2, 1, 100, highestModSeq(inbox), 3, 0, 4));
        MailboxStatus trash = imap().status(id("Trash"));
        assertThat(List.of(trash.messages(), trash.unseen(), trash.deleted(), trash.size(), trash.firstUnseenUid()))
                .containsExactly(2L, 1L, 1L, 60L, 1L);
    }

    @Test
    default void recentClaimsRaiseOneWatermarkThatRenameKeeps() throws Exception {
        long inbox = inboxId();
        fill(inbox, 3);
        long modSeq = highestModSeq(inbox);
        assertThat(imap().claimRecent(inbox, 2)).isZero();
        assertThat(imap().claimRecent(inbox, 2)).isEqualTo(2);
        assertThat(imap().claimRecent(inbox, 1)).isEqualTo(2); // it never goes down
        MailboxStatus s = imap().status(inbox);
        assertThat(List.of(s.recentUid(), s.recent())).containsExactly(2L, 1L);
        assertThat(highestModSeq(inbox)).isEqualTo(modSeq);
        fill(inbox, 1);
        assertThat(imap().status(inbox).recent()).isEqualTo(2);
        assertThat(imap().claimRecent(inbox, 4)).isEqualTo(2);
        assertThat(imap().status(inbox).recent()).isZero();

        long box = views().tree().create(1, "Box", null).id();
        assertThat(imap().status(box).recentUid()).isZero();
        fill(box, 2);
        imap().claimRecent(box, 1);
        views().tree().rename(1, "Box", "Renamed");
        assertThat(imap().status(id("Renamed"))).extracting(MailboxStatus::recentUid, MailboxStatus::recent)
                .containsExactly(1L, 1L);
        assertThatThrownBy(() -> imap().claimRecent(box + 1000, 1))
                .isInstanceOfSatisfying(MailboxException.class, e -> assertThat(e.code()).isEqualTo(Code.NONEXISTENT));
    }

    @Test
    default void concurrentRecentClaimsGiveEachUidToOneCaller() throws Exception {
        long inbox = inboxId();
        fill(inbox, 5);
        StoreViews other = another();
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            MailboxMessages store = (i % 2 == 0 ? other : views()).messages();
            tasks.add(() -> store.claimRecent(inbox, 5));
        }
        List<Long> before = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Long> f : pool.invokeAll(tasks)) before.add(f.get());
        }
        assertThat(before).containsOnlyOnce(0L).filteredOn(b -> b == 5L).hasSize(7);
        assertThat(imap().status(inbox).recentUid()).isEqualTo(5);
    }

    @Test
    default void modSeqRisesByOnePerChangeInEachMailbox() throws Exception {
        long inbox = inboxId();
        long start = highestModSeq(inbox);
        fill(inbox, 2);
        imap().store(inbox, UidSet.ALL, StoreMode.ADD, Set.of("\\Seen"), ANY_MODSEQ);
        views().store().deliver(1, "INBOX", blob(3, 1), DATE, "k1", 0);
        imap().move(inbox, UidSet.of(1), id("Trash"));
        imap().expunge(inbox, UidSet.of(2), false);
        assertThat(highestModSeq(inbox)).isEqualTo(start + 6);
        assertThat(highestModSeq(id("Trash"))).isEqualTo(views().store().mailbox(1, "Trash").orElseThrow().highestModSeq());
    }

    @Test
    default void concurrentAppendsGetDistinctUidsAndAnotherStoreContinuesThem() throws Exception {
        long inbox = inboxId();
        int n = 30;
        List<Callable<StoredMessage>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            tasks.add(() -> imap().append(inbox, blob(k, 1), DATE, Set.of(), 0));
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<StoredMessage> f : pool.invokeAll(tasks)) f.get();
        }
        StoreViews other = another();
        for (int i = 0; i < 4; i++) (i % 2 == 0 ? other : views()).messages().append(inbox, blob(i, 1), DATE, Set.of(), 0);
        assertThat(imap().messages(inbox, UidSet.ALL)).extracting(StoredMessage::uid)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, n + 4).boxed().toList());
        assertThat(imap().messages(inbox, UidSet.ALL)).extracting(StoredMessage::modSeq).doesNotHaveDuplicates();
        assertThat(imap().status(inbox).messages()).isEqualTo(n + 4);
    }

    @Test
    default void concurrentConditionalStoresLetExactlyOneWin() throws Exception {
        long inbox = inboxId();
        fill(inbox, 1);
        long seen = highestModSeq(inbox);
        List<Callable<StoreResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String keyword = "$Session" + i;
            tasks.add(() -> imap().store(inbox, UidSet.of(1), StoreMode.ADD, Set.of(keyword), seen));
        }
        List<StoreResult> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<StoreResult> f : pool.invokeAll(tasks)) results.add(f.get());
        }
        assertThat(results).filteredOn(r -> r.modified().isEmpty()).hasSize(1);
        assertThat(results).filteredOn(r -> r.modified().equals(List.of(1L))).hasSize(7);
        assertThat(imap().messages(inbox, UidSet.ALL).getFirst().flags()).hasSize(1);
        assertThat(highestModSeq(inbox)).isEqualTo(seen + 1);
    }

    @Test
    default void concurrentMovesOfOneMessageMoveItOnce() throws Exception {
        long inbox = inboxId();
        fill(inbox, 1);
        List<Callable<CopyResult>> tasks = new ArrayList<>();
        for (String target : List.of("Trash", "Archive", "Junk", "Trash")) {
            long to = id(target);
            tasks.add(() -> imap().move(inbox, UidSet.of(1), to));
        }
        List<CopyResult> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<CopyResult> f : pool.invokeAll(tasks)) results.add(f.get());
        }
        assertThat(results).filteredOn(r -> !r.targetUids().isEmpty()).hasSize(1);
        long copies = 0;
        for (String box : List.of("INBOX", "Trash", "Archive", "Junk")) copies += imap().status(id(box)).messages();
        assertThat(copies).isEqualTo(1);
        assertThat(views().store().usage(1)).isEqualTo(new MailStore.Usage(10, 1));
    }
}
