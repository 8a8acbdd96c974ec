package dev.junction.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every mail store backend must do: delivery here, the IMAP and POP3 parts and IMAP's
 * structure cache in the contracts this one extends. A run class per backend supplies
 * {@link #views()} and {@link #another()}.
 */
public interface MailStoreContract extends MailboxTreeContract, MailboxMessagesContract, MaildropsContract,
        MailboxChangesContract, MessageStructureCacheContract {

    default MailStore store() {
        return views().store();
    }

    private Mailbox inbox(long account) {
        return store().mailbox(account, "INBOX").orElseThrow();
    }

    @Test
    default void defaultMailboxesAreCreatedOnceWithSpecialUse() {
        store().createDefaultMailboxes(1);
        List<Mailbox> first = store().mailboxes(1);
        store().createDefaultMailboxes(1);
        assertThat(store().mailboxes(1)).isEqualTo(first);
        assertThat(first).extracting(Mailbox::name).containsExactly("INBOX", "Sent", "Drafts", "Trash", "Junk", "Archive");
        assertThat(first).extracting(Mailbox::specialUse)
                .containsExactly(null, "\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive");
        assertThat(first).allSatisfy(m -> {
            assertThat(m.uidNext()).isEqualTo(1);
            assertThat(m.uidValidity()).isPositive();
            assertThat(m.subscribed()).isTrue();
            assertThat(m.accountId()).isEqualTo(1);
        });
        assertThat(first).extracting(Mailbox::uidValidity).doesNotHaveDuplicates();
    }

    @Test
    default void inboxNameIsCaseInsensitive() {
        store().createDefaultMailboxes(1);
        assertThat(store().mailbox(1, "inbox")).contains(inbox(1));
        assertThat(store().mailbox(1, "sent")).isEmpty();
    }

    @Test
    default void deliveriesGetAscendingUidsAndModSeqs() throws Exception {
        store().createDefaultMailboxes(1);
        long modSeqBefore = inbox(1).highestModSeq();
        StoredMessage a = store().deliver(1, "INBOX", blob(1, 100), DATE, null, 0);
        StoredMessage b = store().deliver(1, "INBOX", blob(2, 200), DATE, null, 0);
        assertThat(a.uid()).isEqualTo(1);
        assertThat(b.uid()).isEqualTo(2);
        assertThat(a.modSeq()).isGreaterThan(modSeqBefore);
        assertThat(b.modSeq()).isGreaterThan(a.modSeq());
        Mailbox inbox = inbox(1);
        assertThat(inbox.uidNext()).isEqualTo(3);
        assertThat(inbox.highestModSeq()).isEqualTo(b.modSeq());
        assertThat(store().messages(inbox.id())).containsExactly(a, b);
        assertThat(a.blob()).isEqualTo(blob(1, 100));
        assertThat(a.internalDate()).isEqualTo(DATE);
        assertThat(a.flags()).isEmpty();
        assertThat(store().usage(1)).isEqualTo(new MailStore.Usage(300, 2));
    }

    @Test
    default void theSameDeliveryKeyStoresOnce() throws Exception {
        StoredMessage first = store().deliver(1, "INBOX", blob(1, 100), DATE, "Q1:7", 0);
        StoredMessage again = store().deliver(1, "INBOX", blob(1, 100), DATE, "Q1:7", 0);
        assertThat(again).isEqualTo(first);
        assertThat(store().messages(first.mailboxId())).hasSize(1);
        assertThat(store().usage(1)).isEqualTo(new MailStore.Usage(100, 1));
        StoredMessage other = store().deliver(1, "INBOX", blob(1, 100), DATE, "Q1:8", 0);
        assertThat(other.uid()).isEqualTo(2);
    }

    @Test
    default void forgottenDeliveryKeysNoLongerGuardARetry() throws Exception {
        StoredMessage first = store().deliver(1, "INBOX", blob(1, 100), DATE, "Q2:1", 0);
        assertThat(store().forgetDeliveries(Instant.EPOCH)).as("nothing recorded before 1970").isZero();
        assertThat(store().deliver(1, "INBOX", blob(1, 100), DATE, "Q2:1", 0)).isEqualTo(first);
        assertThat(store().forgetDeliveries(Instant.parse("9999-01-01T00:00:00Z"))).isEqualTo(1);
        assertThat(store().deliver(1, "INBOX", blob(1, 100), DATE, "Q2:1", 0).uid()).isEqualTo(first.uid() + 1);
    }

    @Test
    default void messagesWithoutKeyAreEachStored() throws Exception {
        store().deliver(1, "INBOX", blob(1, 10), DATE, null, 0);
        store().deliver(1, "INBOX", blob(1, 10), DATE, null, 0);
        assertThat(store().messages(inbox(1).id())).hasSize(2);
    }

    @Test
    default void deliveryToAMissingInboxCreatesTheDefaults() throws Exception {
        store().deliver(5, "inbox", blob(1, 10), DATE, null, 0);
        assertThat(store().mailboxes(5)).hasSize(6);
        assertThat(store().messages(inbox(5).id())).hasSize(1);
    }

    @Test
    default void deliveryToAnotherMissingMailboxIsRefused() {
        store().createDefaultMailboxes(1);
        assertThatThrownBy(() -> store().deliver(1, "Nowhere", blob(1, 10), DATE, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void quotaRefusesWhatWouldNotFitAndStoresNothing() throws Exception {
        store().deliver(1, "INBOX", blob(1, 600), DATE, null, 1000);
        store().deliver(1, "INBOX", blob(2, 400), DATE, "exact", 1000);
        assertThatThrownBy(() -> store().deliver(1, "INBOX", blob(3, 1), DATE, "k", 1000))
                .isInstanceOf(OverQuotaException.class);
        assertThat(store().usage(1)).isEqualTo(new MailStore.Usage(1000, 2));
        assertThat(store().messages(inbox(1).id())).hasSize(2);
        assertThat(inbox(1).uidNext()).isEqualTo(3);
        // the refused key was not used up: with room (a raised quota) the retry is stored
        assertThat(store().deliver(1, "INBOX", blob(3, 1), DATE, "k", 2000).uid()).isEqualTo(3);
    }

    @Test
    default void zeroQuotaMeansUnlimited() throws Exception {
        store().deliver(1, "INBOX", blob(1, Long.MAX_VALUE / 4), DATE, null, 0);
        assertThat(store().usage(1).bytes()).isEqualTo(Long.MAX_VALUE / 4);
    }

    @Test
    default void usageIsPerAccountAndDeleteAccountClearsIt() throws Exception {
        store().createDefaultMailboxes(1);
        store().deliver(1, "INBOX", blob(1, 10), DATE, "a", 0);
        store().deliver(1, "Sent", blob(2, 20), DATE, null, 0);
        store().deliver(2, "INBOX", blob(3, 40), DATE, null, 0);
        assertThat(store().usage(1)).isEqualTo(new MailStore.Usage(30, 2));
        long oldValidity = inbox(1).uidValidity();
        store().deleteAccount(1);
        assertThat(store().mailboxes(1)).isEmpty();
        assertThat(store().usage(1)).isEqualTo(new MailStore.Usage(0, 0));
        assertThat(store().usage(2)).isEqualTo(new MailStore.Usage(40, 1));
        store().createDefaultMailboxes(1);
        assertThat(inbox(1).uidValidity()).isGreaterThan(oldValidity);
        assertThat(inbox(1).uidNext()).isEqualTo(1);
    }

    @Test
    default void usageOfAnUnknownAccountIsZero() {
        assertThat(store().usage(99)).isEqualTo(new MailStore.Usage(0, 0));
        assertThat(store().mailboxes(99)).isEmpty();
    }

    @Test
    default void concurrentDeliveriesGetDistinctUids() throws Exception {
        store().createDefaultMailboxes(1);
        int n = 40;
        List<Callable<StoredMessage>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            tasks.add(() -> store().deliver(1, "INBOX", blob(k, 1), DATE, "key" + k, 0));
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<StoredMessage> f : pool.invokeAll(tasks)) f.get();
        }
        assertThat(store().messages(inbox(1).id())).extracting(StoredMessage::uid)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, n).boxed().toList());
        assertThat(store().usage(1)).isEqualTo(new MailStore.Usage(n, n));
    }
}
