package dev.junction.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** LIST and LSUB on the wire: RFC 9051 6.3.9, RFC 5258, RFC 5819, RFC 6154, RFC 3501 LSUB. */
class ListCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void emptyPatternGivesTheDelimiterAndTheReferenceRoot() throws Exception {
        try (ImapClient c = server.alice()) {
            c.run("""
                    C: a LIST "" ""
                    S: \\* LIST \\(\\\\Noselect\\) "/" ""
                    S: a OK LIST completed
                    C: b LIST "Lists/junction" ""
                    S: \\* LIST \\(\\\\Noselect\\) "/" "Lists/"
                    S: b OK LIST completed
                    """);
        }
    }

    @Test
    void listsTheDefaultMailboxesWithChildAndSpecialUseAttributes() throws Exception {
        try (ImapClient c = server.alice()) {
            assertThat(c.ok("LIST \"\" *")).containsExactly(
                    "* LIST (\\HasNoChildren \\Archive) \"/\" \"Archive\"",
                    "* LIST (\\HasNoChildren \\Drafts) \"/\" \"Drafts\"",
                    "* LIST (\\HasNoChildren) \"/\" \"INBOX\"",
                    "* LIST (\\HasNoChildren \\Junk) \"/\" \"Junk\"",
                    "* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent\"",
                    "* LIST (\\HasNoChildren \\Trash) \"/\" \"Trash\"");
            assertThat(c.ok("LIST \"\" inbox")).as("INBOX in any case").containsExactly("* LIST (\\HasNoChildren) \"/\" \"INBOX\"");
            assertThat(c.ok("LIST \"\" In%")).containsExactly("* LIST (\\HasNoChildren) \"/\" \"INBOX\"");
            assertThat(c.ok("LIST \"\" Nothing*")).isEmpty();
            c.ok("SELECT INBOX");
            assertThat(c.ok("LIST \"\" T%")).as("in the selected state too").containsExactly("* LIST (\\HasNoChildren \\Trash) \"/\" \"Trash\"");
        }
        try (ImapClient c = server.connect()) {
            c.run("""
                    S: \\* OK .*
                    C: a LIST "" *
                    S: a BAD Log in first
                    """);
        }
    }

    @Test
    void referenceAndWildcardsWalkTheHierarchy() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("CREATE Lists/junction/dev");
            c.ok("CREATE Lists/other");
            assertThat(c.ok("LIST \"\" %")).contains("* LIST (\\HasChildren) \"/\" \"Lists\"")
                    .noneMatch(l -> l.contains("Lists/"));
            assertThat(c.ok("LIST Lists/ %")).containsExactly(
                    "* LIST (\\HasChildren) \"/\" \"Lists/junction\"",
                    "* LIST (\\HasNoChildren) \"/\" \"Lists/other\"");
            assertThat(c.ok("LIST Lists/ *")).containsExactly(
                    "* LIST (\\HasChildren) \"/\" \"Lists/junction\"",
                    "* LIST (\\HasNoChildren) \"/\" \"Lists/junction/dev\"",
                    "* LIST (\\HasNoChildren) \"/\" \"Lists/other\"");
            c.ok("DELETE Lists/junction");
            assertThat(c.ok("LIST \"\" Lists/%")).containsExactly(
                    "* LIST (\\Noselect \\HasChildren) \"/\" \"Lists/junction\"",
                    "* LIST (\\HasNoChildren) \"/\" \"Lists/other\"");
        }
    }

    @Test
    void extendedListSelectsAndReturnsWhatWasAskedFor() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("CREATE Fruit/Banana");
            c.ok("CREATE Fruit/Peach");
            c.ok("SUBSCRIBE Fruit/Banana");
            c.ok("SUBSCRIBE Fruit/Peach");
            c.ok("DELETE Fruit/Peach");
            c.ok("UNSUBSCRIBE Junk");
            assertThat(c.ok("LIST (SUBSCRIBED) \"\" * RETURN (CHILDREN)")).containsExactly(
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" \"Archive\"",
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" \"Drafts\"",
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" \"Fruit/Banana\"",
                    "* LIST (\\NonExistent \\HasNoChildren \\Subscribed) \"/\" \"Fruit/Peach\"",
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" \"INBOX\"",
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" \"Sent\"",
                    "* LIST (\\HasNoChildren \\Subscribed) \"/\" \"Trash\"");
            assertThat(c.ok("LIST (SUBSCRIBED RECURSIVEMATCH) \"\" F%")).containsExactly(
                    "* LIST () \"/\" \"Fruit\" (\"CHILDINFO\" (\"SUBSCRIBED\"))");
            assertThat(c.ok("LIST (SPECIAL-USE) \"\" *")).containsExactly(
                    "* LIST (\\Archive) \"/\" \"Archive\"",
                    "* LIST (\\Drafts) \"/\" \"Drafts\"",
                    "* LIST (\\Junk) \"/\" \"Junk\"",
                    "* LIST (\\Sent) \"/\" \"Sent\"",
                    "* LIST (\\Trash) \"/\" \"Trash\"");
            assertThat(c.ok("LIST \"\" (INBOX Fruit/*) RETURN (SUBSCRIBED SPECIAL-USE)")).containsExactly(
                    "* LIST (\\Subscribed) \"/\" \"Fruit/Banana\"",
                    "* LIST (\\Subscribed) \"/\" \"INBOX\"");
            assertThat(c.ok("LIST () \"\" \"\"")).as("the empty pattern is special only in basic LIST").isEmpty();
            assertThat(c.command("LIST (RECURSIVEMATCH) \"\" *").getLast())
                    .matches("t\\d+ BAD LIST: RECURSIVEMATCH needs another selection option");
        }
    }

    @Test
    void listStatusFollowsEachSelectableMailboxWithItsStatus() throws Exception {
        server.deliver(server.alice, "INBOX", "Subject: one\r\n\r\nbody\r\n", Set.of("\\Seen"));
        server.deliver(server.alice, "INBOX", "Subject: two\r\n\r\nbody\r\n", Set.of());
        try (ImapClient c = server.alice()) {
            c.ok("CREATE Box/Inner");
            c.ok("DELETE Box");
            List<String> lines = c.ok("LIST \"\" (INBOX Box Sent) RETURN (STATUS (MESSAGES UNSEEN UIDNEXT))");
            assertThat(lines).containsExactly(
                    "* LIST (\\Noselect) \"/\" \"Box\"",
                    "* LIST () \"/\" \"INBOX\"",
                    "* STATUS \"INBOX\" (MESSAGES 2 UNSEEN 1 UIDNEXT 3)",
                    "* LIST () \"/\" \"Sent\"",
                    "* STATUS \"Sent\" (MESSAGES 0 UNSEEN 0 UIDNEXT 1)");
        }
    }

    @Test
    void namesAreModifiedUtf7UntilTheClientEnablesUtf8() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("CREATE Entw&APw-rfe/&ZeVnLIqe-");
            c.ok("SUBSCRIBE Entw&APw-rfe/&ZeVnLIqe-");
            assertThat(c.ok("LIST \"\" Entw&APw-rfe/*")).containsExactly(
                    "* LIST (\\HasNoChildren) \"/\" \"Entw&APw-rfe/&ZeVnLIqe-\"");
            assertThat(c.ok("LIST \"\" \"Entw\u00fcrfe\"")).as("8-bit names are taken as UTF-8 whatever the mode")
                    .containsExactly("* LIST (\\HasChildren) \"/\" \"Entw&APw-rfe\"");
            assertThat(c.ok("STATUS Entw&APw-rfe/&ZeVnLIqe- (MESSAGES)"))
                    .containsExactly("* STATUS \"Entw&APw-rfe/&ZeVnLIqe-\" (MESSAGES 0)");
            c.ok("ENABLE UTF8=ACCEPT");
            assertThat(c.ok("LIST \"\" \"Entw\u00fcrfe/*\"")).containsExactly(
                    "* LIST (\\HasNoChildren) \"/\" \"Entw\u00fcrfe/\u65e5\u672c\u8a9e\"");
            assertThat(c.ok("LSUB \"\" Entw*")).containsExactly("* LSUB () \"/\" \"Entw\u00fcrfe/\u65e5\u672c\u8a9e\"");
            assertThat(c.ok("CREATE \"Caf\u00e9\"")).isEmpty();
        }
        try (ImapClient c = server.alice()) {
            assertThat(c.ok("LIST \"\" Caf*")).containsExactly("* LIST (\\HasNoChildren) \"/\" \"Caf&AOk-\"");
            c.ok("ENABLE IMAP4rev2");
            assertThat(c.ok("LIST \"\" Caf*")).containsExactly("* LIST (\\HasNoChildren) \"/\" \"Caf\u00e9\"");
        }
    }

    @Test
    void lsubListsSubscriptionsAndNoselectParentsUnderPercent() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("CREATE Lists/junction");
            c.ok("SUBSCRIBE Lists/junction");
            c.ok("UNSUBSCRIBE INBOX");
            assertThat(c.ok("LSUB \"\" *")).containsExactly(
                    "* LSUB (\\Archive) \"/\" \"Archive\"",
                    "* LSUB (\\Drafts) \"/\" \"Drafts\"",
                    "* LSUB (\\Junk) \"/\" \"Junk\"",
                    "* LSUB () \"/\" \"Lists/junction\"",
                    "* LSUB (\\Sent) \"/\" \"Sent\"",
                    "* LSUB (\\Trash) \"/\" \"Trash\"");
            assertThat(c.ok("LSUB \"\" L%")).containsExactly("* LSUB (\\Noselect) \"/\" \"Lists\"");
            assertThat(c.ok("LSUB Lists/ %")).containsExactly("* LSUB () \"/\" \"Lists/junction\"");
            assertThat(c.ok("LSUB \"\" INBOX")).isEmpty();
        }
    }
}
