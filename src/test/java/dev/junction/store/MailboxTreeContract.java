package dev.junction.store;

import dev.junction.store.MailboxException.Code;
import dev.junction.store.MailboxTree.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** CREATE, DELETE, RENAME, subscriptions and LIST attributes (RFC 9051 6.3, RFC 6154). */
public interface MailboxTreeContract extends StoreBackend {

    private MailboxTree tree() {
        return views().tree();
    }

    private Mailbox box(String name) {
        return views().store().mailbox(1, name).orElseThrow();
    }

    private Map<String, Set<String>> attributes() {
        return tree().list(1).stream().collect(Collectors.toMap(Listing::name, Listing::attributes));
    }

    private static void refused(Code code, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(MailboxException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    default void createMakesSuperiorsWithFreshUidValidities() throws Exception {
        views().store().createDefaultMailboxes(1);
        Mailbox c = tree().create(1, "a/b/c", null);
        assertThat(c.name()).isEqualTo("a/b/c");
        assertThat(c.uidNext()).isEqualTo(1);
        assertThat(c.selectable()).isTrue();
        assertThat(List.of(box("a"), box("a/b"), c)).allMatch(Mailbox::selectable)
                .extracting(Mailbox::uidValidity).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(views().store().mailboxes(1).stream()
                        .filter(m -> !m.name().startsWith("a")).map(Mailbox::uidValidity).toList());
        assertThat(tree().create(1, "x/", "\\Flagged")).extracting(Mailbox::name, Mailbox::specialUse)
                .containsExactly("x", "\\Flagged");
        assertThat(tree().create(1, "inbox/Lists", null).name()).isEqualTo("INBOX/Lists");
    }

    @Test
    default void createRefusesExistingAndBadNames() {
        views().store().createDefaultMailboxes(1);
        refused(Code.ALREADYEXISTS, () -> tree().create(1, "Sent", null));
        refused(Code.ALREADYEXISTS, () -> tree().create(1, "inbox", null));
        for (String bad : List.of("", "/", "a//b", "a//", "/a", "a*", "a%b", "a\u0001")) {
            refused(Code.CANNOT, () -> tree().create(1, bad, null));
        }
        refused(Code.USEATTR, () -> tree().create(1, "x", "\\Important"));
        assertThat(views().store().mailbox(1, "x")).isEmpty();
    }

    @Test
    default void deleteRemovesALeafAndItsMessagesFromTheQuota() throws Exception {
        tree().create(1, "Lists", null);
        views().store().deliver(1, "INBOX", blob(1, 10), DATE, null, 0);
        views().store().deliver(1, "Lists", blob(2, 20), DATE, null, 0);
        tree().delete(1, "Lists");
        assertThat(views().store().mailbox(1, "Lists")).isEmpty();
        assertThat(views().store().usage(1)).isEqualTo(new MailStore.Usage(10, 1));
        refused(Code.NONEXISTENT, () -> tree().delete(1, "Lists"));
        refused(Code.CANNOT, () -> tree().delete(1, "inbox"));
    }

    @Test
    default void deletingAMailboxWithInferiorsLeavesANoselectName() throws Exception {
        views().store().createDefaultMailboxes(1);
        tree().create(1, "a/b", null);
        views().store().deliver(1, "a", blob(1, 10), DATE, null, 0);
        long oldValidity = box("a").uidValidity();
        tree().delete(1, "a");
        assertThat(box("a").selectable()).isFalse();
        assertThat(attributes().get("a")).contains("\\Noselect", "\\HasChildren");
        assertThat(views().store().usage(1)).isEqualTo(new MailStore.Usage(0, 0));
        refused(Code.NONEXISTENT, () -> views().messages().status(box("a").id()));
        refused(Code.HASCHILDREN, () -> tree().delete(1, "a"));
        // re-creating over the \Noselect name gives a new mailbox with a new UIDVALIDITY
        assertThat(tree().create(1, "a", null).uidValidity()).isGreaterThan(oldValidity);
        tree().delete(1, "a");
        tree().delete(1, "a/b"); // the last inferior goes: the \Noselect superior goes with it
        assertThat(views().store().mailbox(1, "a")).isEmpty();
        assertThat(views().store().mailbox(1, "a/b")).isEmpty();
    }

    @Test
    default void uidValidityChangesOnlyWhenAMailboxIsRecreated() throws Exception {
        tree().create(1, "x", null);
        views().store().deliver(1, "x", blob(1, 10), DATE, null, 0);
        Mailbox before = box("x");
        tree().rename(1, "x", "y");
        Mailbox renamed = box("y");
        assertThat(renamed.uidValidity()).isEqualTo(before.uidValidity());
        assertThat(renamed.id()).isEqualTo(before.id());
        assertThat(views().store().messages(renamed.id())).extracting(StoredMessage::uid).containsExactly(1L);
        Mailbox again = tree().create(1, "x", null);
        assertThat(again.uidValidity()).isNotEqualTo(before.uidValidity());
        tree().delete(1, "y");
        assertThat(tree().create(1, "y", null).uidValidity()).isGreaterThan(again.uidValidity());
    }

    @Test
    default void renameMovesInferiorsAndSubscriptions() throws Exception {
        views().store().createDefaultMailboxes(1);
        tree().create(1, "a/b/c", null);
        tree().subscribe(1, "a/b");
        long id = box("a/b").id();
        tree().rename(1, "a", "z/q");
        assertThat(views().store().mailboxes(1)).extracting(Mailbox::name).doesNotContain("a", "a/b", "a/b/c")
                .contains("z", "z/q", "z/q/b", "z/q/b/c");
        assertThat(box("z/q/b").id()).isEqualTo(id);
        assertThat(box("z/q/b").subscribed()).isTrue();
        assertThat(attributes()).doesNotContainKey("a/b");
        refused(Code.CANNOT, () -> tree().rename(1, "z", "z/q/b/d"));
        refused(Code.ALREADYEXISTS, () -> tree().rename(1, "z/q/b/c", "Sent"));
        refused(Code.NONEXISTENT, () -> tree().rename(1, "nothing", "else"));
    }

    @Test
    default void renamingInboxMovesItsMessagesAndLeavesItEmpty() throws Exception {
        views().store().createDefaultMailboxes(1);
        tree().create(1, "INBOX/sub", null);
        Mailbox inbox = box("INBOX");
        views().store().deliver(1, "INBOX", blob(1, 10), DATE, null, 0);
        views().store().deliver(1, "INBOX", blob(2, 20), DATE, null, 0);
        views().messages().store(inbox.id(), UidSet.of(2), MailboxMessages.StoreMode.ADD, Set.of("\\Seen", "$Work"),
                MailboxMessages.ANY_MODSEQ);
        tree().rename(1, "INBOX", "Old/2025");
        Mailbox old = box("Old/2025");
        assertThat(views().store().messages(old.id())).extracting(StoredMessage::uid, m -> m.blob().size(), StoredMessage::flags)
                .containsExactly(tuple(1L, 10L, Set.of()), tuple(2L, 20L, Set.of("\\Seen", "$Work")));
        Mailbox after = box("INBOX");
        assertThat(after.id()).isEqualTo(inbox.id());
        assertThat(after.uidValidity()).isEqualTo(inbox.uidValidity());
        assertThat(after.uidNext()).isEqualTo(3);
        assertThat(views().store().messages(after.id())).isEmpty();
        assertThat(views().messages().changesSince(after.id(), 1).vanished()).containsExactly(1L, 2L);
        assertThat(views().store().mailbox(1, "INBOX/sub")).isPresent();
        assertThat(views().store().usage(1)).isEqualTo(new MailStore.Usage(30, 2));
    }

    @Test
    default void subscriptionsMayNameMissingMailboxesAndListShowsAttributes() throws Exception {
        views().store().createDefaultMailboxes(1);
        tree().create(1, "Lists/junction", null);
        tree().subscribe(1, "ghost");
        tree().subscribe(1, "ghost");
        tree().subscribe(1, "Sent/ghost");
        Map<String, Set<String>> a = attributes();
        assertThat(a.get("ghost")).containsExactlyInAnyOrder("\\NonExistent", "\\Subscribed", "\\HasNoChildren");
        assertThat(a.get("Lists")).containsExactlyInAnyOrder("\\HasChildren");
        assertThat(a.get("Lists/junction")).containsExactlyInAnyOrder("\\HasNoChildren");
        assertThat(a.get("Sent")).as("a missing subscribed inferior is no child")
                .containsExactlyInAnyOrder("\\HasNoChildren", "\\Subscribed", "\\Sent");
        assertThat(a.get("Sent/ghost")).containsExactlyInAnyOrder("\\NonExistent", "\\Subscribed", "\\HasNoChildren");
        assertThat(a.get("INBOX")).containsExactlyInAnyOrder("\\HasNoChildren", "\\Subscribed");
        assertThat(tree().list(1)).extracting(Listing::name).isSorted();
        assertThat(tree().list(1).stream().collect(Collectors.toMap(Listing::name, Function.identity())).get("ghost").mailbox())
                .isNull();
        assertThat(tree().unsubscribe(1, "ghost")).isTrue();
        assertThat(tree().unsubscribe(1, "ghost")).isFalse();
        assertThat(attributes()).doesNotContainKey("ghost");
        tree().delete(1, "Sent");
        assertThat(attributes().get("Sent")).contains("\\NonExistent", "\\Subscribed"); // deleting keeps the subscription
    }
}
