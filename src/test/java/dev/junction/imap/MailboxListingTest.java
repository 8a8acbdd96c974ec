package dev.junction.imap;

import dev.junction.imap.protocol.ListOptions;
import dev.junction.imap.protocol.ListOptions.Return;
import dev.junction.imap.protocol.ListOptions.Selection;
import dev.junction.imap.protocol.MailboxPattern;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.store.MailboxTree;
import dev.junction.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Which names LIST and LSUB return, over the store's listing of the hierarchy RFC 5258 uses in
 * its examples: Fruit/{Apple,Banana}, Tofu, Vegetable/{Broccoli,Corn}; subscribed Fruit/Banana,
 * Fruit/Peach (since deleted), Vegetable, Vegetable/Broccoli.
 */
class MailboxListingTest {

    private static final long ACCOUNT = 1;

    @TempDir
    Path dir;
    private TestStores stores;
    private MailboxTree tree;

    @BeforeEach
    void hierarchy() throws Exception {
        stores = TestStores.open(dir);
        tree = stores.mailStore();
        for (String name : List.of("Fruit", "Fruit/Apple", "Fruit/Banana", "Fruit/Peach", "Tofu", "Vegetable",
                "Vegetable/Broccoli", "Vegetable/Corn")) {
            tree.create(ACCOUNT, name, null);
        }
        for (String name : List.of("Fruit/Banana", "Fruit/Peach", "Vegetable", "Vegetable/Broccoli")) {
            tree.subscribe(ACCOUNT, name);
        }
        tree.delete(ACCOUNT, "Fruit/Peach");
    }

    @AfterEach
    void close() {
        stores.close();
    }

    @Test
    void basicListGivesChildAttributesAndOnlyExistingNames() {
        assertThat(list(MailboxListing.Form.BASIC, ListOptions.NONE, "*")).containsExactly(
                "* LIST (\\HasChildren) \"/\" \"Fruit\"",
                "* LIST (\\HasNoChildren) \"/\" \"Fruit/Apple\"",
                "* LIST (\\HasNoChildren) \"/\" \"Fruit/Banana\"",
                "* LIST (\\HasNoChildren) \"/\" \"Tofu\"",
                "* LIST (\\HasChildren) \"/\" \"Vegetable\"",
                "* LIST (\\HasNoChildren) \"/\" \"Vegetable/Broccoli\"",
                "* LIST (\\HasNoChildren) \"/\" \"Vegetable/Corn\"");
        assertThat(list(MailboxListing.Form.BASIC, ListOptions.NONE, "%/B%")).containsExactly(
                "* LIST (\\HasNoChildren) \"/\" \"Fruit/Banana\"",
                "* LIST (\\HasNoChildren) \"/\" \"Vegetable/Broccoli\"");
    }

    @Test
    void subscribedSelectionListsSubscriptionsEvenOfMissingMailboxes() {
        assertThat(list(MailboxListing.Form.EXTENDED, options(Set.of(Selection.SUBSCRIBED), Set.of()), "*")).containsExactly(
                "* LIST (\\Subscribed) \"/\" \"Fruit/Banana\"",
                "* LIST (\\NonExistent \\Subscribed) \"/\" \"Fruit/Peach\"",
                "* LIST (\\Subscribed) \"/\" \"Vegetable\"",
                "* LIST (\\Subscribed) \"/\" \"Vegetable/Broccoli\"");
    }

    @Test
    void extendedListGivesOnlyTheAttributesAskedFor() {
        assertThat(list(MailboxListing.Form.EXTENDED, ListOptions.NONE, "%")).containsExactly(
                "* LIST () \"/\" \"Fruit\"",
                "* LIST () \"/\" \"Tofu\"",
                "* LIST () \"/\" \"Vegetable\"");
        assertThat(list(MailboxListing.Form.EXTENDED, options(Set.of(), Set.of(Return.CHILDREN)), "%")).containsExactly(
                "* LIST (\\HasChildren) \"/\" \"Fruit\"",
                "* LIST (\\HasNoChildren) \"/\" \"Tofu\"",
                "* LIST (\\HasChildren) \"/\" \"Vegetable\"");
        assertThat(list(MailboxListing.Form.EXTENDED, options(Set.of(Selection.REMOTE), Set.of(Return.SUBSCRIBED)), "%"))
                .as("REMOTE adds nothing: there are no remote mailboxes").containsExactly(
                "* LIST () \"/\" \"Fruit\"",
                "* LIST () \"/\" \"Tofu\"",
                "* LIST (\\Subscribed) \"/\" \"Vegetable\"");
    }

    @Test
    void recursiveMatchListsParentsOfSubscriptionsThePatternHides() throws Exception {
        tree.subscribe(ACCOUNT, "Bread/Rye"); // neither exists
        ListOptions recursive = options(Set.of(Selection.SUBSCRIBED, Selection.RECURSIVEMATCH), Set.of(Return.CHILDREN));
        assertThat(list(MailboxListing.Form.EXTENDED, recursive, "%")).containsExactly(
                "* LIST (\\NonExistent \\HasNoChildren) \"/\" \"Bread\" (\"CHILDINFO\" (\"SUBSCRIBED\"))",
                "* LIST (\\HasChildren) \"/\" \"Fruit\" (\"CHILDINFO\" (\"SUBSCRIBED\"))",
                "* LIST (\\HasChildren \\Subscribed) \"/\" \"Vegetable\" (\"CHILDINFO\" (\"SUBSCRIBED\"))");
        assertThat(list(MailboxListing.Form.EXTENDED, recursive, "*"))
                .as("a parent whose subscribed inferiors are all listed is not listed for them").containsExactly(
                "* LIST (\\NonExistent \\HasNoChildren \\Subscribed) \"/\" \"Bread/Rye\"",
                "* LIST (\\HasNoChildren \\Subscribed) \"/\" \"Fruit/Banana\"",
                "* LIST (\\NonExistent \\HasNoChildren \\Subscribed) \"/\" \"Fruit/Peach\"",
                "* LIST (\\HasChildren \\Subscribed) \"/\" \"Vegetable\" (\"CHILDINFO\" (\"SUBSCRIBED\"))",
                "* LIST (\\HasNoChildren \\Subscribed) \"/\" \"Vegetable/Broccoli\"");
    }

    @Test
    void lsubMarksParentsListedForTheirInferiorsNoselectOnlyUnderPercent() throws Exception {
        tree.subscribe(ACCOUNT, "Bread/Rye");
        assertThat(lsub("%")).containsExactly(
                "* LSUB (\\Noselect) \"/\" \"Bread\"",
                "* LSUB (\\Noselect) \"/\" \"Fruit\"",
                "* LSUB () \"/\" \"Vegetable\"");
        assertThat(lsub("*")).containsExactly(
                "* LSUB (\\Noselect) \"/\" \"Bread/Rye\"",
                "* LSUB () \"/\" \"Fruit/Banana\"",
                "* LSUB (\\Noselect) \"/\" \"Fruit/Peach\"",
                "* LSUB () \"/\" \"Vegetable\"",
                "* LSUB () \"/\" \"Vegetable/Broccoli\"");
        assertThat(lsub("Fruit")).as("without a trailing %, only subscriptions").isEmpty();
    }

    @Test
    void specialUseSelectionAndReturn() throws Exception {
        tree.create(ACCOUNT, "Sent", "\\Sent");
        tree.create(ACCOUNT, "Old/Archive", "\\Archive");
        assertThat(list(MailboxListing.Form.BASIC, ListOptions.NONE, "S%")).containsExactly(
                "* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent\"");
        assertThat(list(MailboxListing.Form.EXTENDED, ListOptions.NONE, "S%")).containsExactly(
                "* LIST () \"/\" \"Sent\"");
        assertThat(list(MailboxListing.Form.EXTENDED, options(Set.of(), Set.of(Return.SPECIAL_USE)), "S%")).containsExactly(
                "* LIST (\\Sent) \"/\" \"Sent\"");
        assertThat(list(MailboxListing.Form.EXTENDED, options(Set.of(Selection.SPECIAL_USE), Set.of()), "*")).containsExactly(
                "* LIST (\\Archive) \"/\" \"Old/Archive\"",
                "* LIST (\\Sent) \"/\" \"Sent\"");
        assertThat(list(MailboxListing.Form.EXTENDED,
                options(Set.of(Selection.SPECIAL_USE, Selection.RECURSIVEMATCH), Set.of()), "%")).containsExactly(
                "* LIST () \"/\" \"Old\" (\"CHILDINFO\" (\"SPECIAL-USE\"))",
                "* LIST (\\Sent) \"/\" \"Sent\"");
        assertThat(list(MailboxListing.Form.EXTENDED,
                options(Set.of(Selection.SPECIAL_USE, Selection.SUBSCRIBED), Set.of()), "*"))
                .as("selection options combine as AND").isEmpty();
    }

    @Test
    void noselectNamesAndSeveralPatterns() throws Exception {
        tree.delete(ACCOUNT, "Fruit");
        assertThat(list(MailboxListing.Form.BASIC, ListOptions.NONE, "F%")).containsExactly(
                "* LIST (\\Noselect \\HasChildren) \"/\" \"Fruit\"");
        assertThat(list(MailboxListing.Form.EXTENDED, ListOptions.NONE, "Tofu", "Fruit", "Tofu", "V%/C%")).containsExactly(
                "* LIST (\\Noselect) \"/\" \"Fruit\"",
                "* LIST () \"/\" \"Tofu\"",
                "* LIST () \"/\" \"Vegetable/Corn\"");
    }

    @Test
    void selectableLinesCarryTheirMailbox() {
        List<MailboxListing.Line> lines = MailboxListing.select(tree.list(ACCOUNT),
                List.of(MailboxPattern.of("", "Fruit/*", '/')), options(Set.of(Selection.SUBSCRIBED), Set.of()),
                MailboxListing.Form.EXTENDED);
        assertThat(lines).extracting(MailboxListing.Line::name, MailboxListing.Line::selectable)
                .containsExactly(tuple("Fruit/Banana", true),
                        tuple("Fruit/Peach", false));
    }

    private static ListOptions options(Set<Selection> selection, Set<Return> returns) {
        return new ListOptions(selection, returns, List.of());
    }

    private List<String> list(MailboxListing.Form form, ListOptions options, String... patterns) {
        return lines("LIST", form, options, patterns);
    }

    private List<String> lsub(String pattern) {
        Set<Selection> selection = pattern.endsWith("%") ? Set.of(Selection.SUBSCRIBED, Selection.RECURSIVEMATCH)
                : Set.of(Selection.SUBSCRIBED);
        return lines("LSUB", MailboxListing.Form.LSUB, options(selection, Set.of()), pattern);
    }

    private List<String> lines(String verb, MailboxListing.Form form, ListOptions options, String... patterns) {
        List<MailboxPattern> compiled = Arrays.stream(patterns).map(p -> MailboxPattern.of("", p, '/')).toList();
        return MailboxListing.select(tree.list(ACCOUNT), compiled, options, form).stream()
                .map(line -> new String(MailboxListing.encode(new ResponseBuilder(false), verb, line).take(),
                        StandardCharsets.UTF_8).strip())
                .toList();
    }
}
