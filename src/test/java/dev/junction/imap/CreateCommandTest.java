package dev.junction.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** CREATE (RFC 9051 6.3.4) and CREATE-SPECIAL-USE (RFC 6154 3). */
class CreateCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void createsTheMailboxAndItsSuperiors() throws Exception {
        try (ImapClient c = server.alice()) {
            c.run("""
                    C: a CREATE Lists/junction/dev
                    S: a OK CREATE completed
                    C: b CREATE Projects/
                    S: b OK CREATE completed
                    C: c LIST "" "Lists*"
                    S: \\* LIST \\(\\\\HasChildren\\) "/" "Lists"
                    S: \\* LIST \\(\\\\HasChildren\\) "/" "Lists/junction"
                    S: \\* LIST \\(\\\\HasNoChildren\\) "/" "Lists/junction/dev"
                    S: c OK LIST completed
                    C: d LIST "" "Projects*"
                    S: \\* LIST \\(\\\\HasNoChildren\\) "/" "Projects"
                    S: d OK LIST completed
                    """);
            assertThat(c.command("SELECT Lists/junction").getLast()).as("superiors are real mailboxes")
                    .matches("t\\d+ OK \\[READ-WRITE\\] .*");
        }
    }

    @Test
    void refusesExistingAndInvalidNames() throws Exception {
        try (ImapClient c = server.alice()) {
            c.run("""
                    C: a CREATE INBOX
                    S: a NO \\[ALREADYEXISTS\\] Mailbox already exists
                    C: b CREATE inbox
                    S: b NO \\[ALREADYEXISTS\\] Mailbox already exists
                    C: c CREATE Sent
                    S: c NO \\[ALREADYEXISTS\\] Mailbox already exists
                    C: d CREATE "a//b"
                    S: d NO \\[CANNOT\\] Empty mailbox name or hierarchy level: 'a//b'
                    C: e CREATE "/top"
                    S: e NO \\[CANNOT\\] .*
                    C: f CREATE "a*b"
                    S: f NO \\[CANNOT\\] Mailbox names may not contain wildcards or control characters
                    C: g CREATE "a%"
                    S: g NO \\[CANNOT\\] .*
                    C: h LIST "" a*
                    S: h OK LIST completed
                    """);
        }
    }

    @Test
    void creatingOverANoselectNameMakesItAMailboxWithANewUidValidity() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("CREATE Box/Inner");
            long before = server.mailbox(server.alice, "Box").uidValidity();
            c.ok("DELETE Box");
            assertThat(c.command("SELECT Box").getLast()).matches("t\\d+ NO \\[NONEXISTENT\\] .*");
            c.ok("CREATE Box");
            assertThat(c.ok("LIST \"\" Box")).containsExactly("* LIST (\\HasChildren) \"/\" \"Box\"");
            assertThat(server.mailbox(server.alice, "Box").uidValidity()).isGreaterThan(before);
        }
    }

    @Test
    void createSpecialUseGivesTheAttributeOrRefusesWithUseattr() throws Exception {
        try (ImapClient c = server.alice()) {
            c.run("""
                    C: a CREATE "Sent Items" (USE (\\Sent))
                    S: a OK CREATE completed
                    C: b CREATE Everything (USE (\\all))
                    S: b OK CREATE completed
                    C: c CREATE Important (USE (\\Important))
                    S: c NO \\[USEATTR\\] Unknown special-use attribute \\\\Important
                    C: d CREATE Both (USE (\\Sent \\Trash))
                    S: d NO \\[USEATTR\\] A mailbox has one special use at most
                    C: e CREATE Plain (USE ())
                    S: e OK CREATE completed
                    C: f LIST (SPECIAL-USE) "" *
                    S: \\* LIST \\(\\\\Archive\\) "/" "Archive"
                    S: \\* LIST \\(\\\\Drafts\\) "/" "Drafts"
                    S: \\* LIST \\(\\\\All\\) "/" "Everything"
                    S: \\* LIST \\(\\\\Junk\\) "/" "Junk"
                    S: \\* LIST \\(\\\\Sent\\) "/" "Sent"
                    S: \\* LIST \\(\\\\Sent\\) "/" "Sent Items"
                    S: \\* LIST \\(\\\\Trash\\) "/" "Trash"
                    S: f OK LIST completed
                    C: g LIST "" (Important Both Plain)
                    S: \\* LIST \\(\\) "/" "Plain"
                    S: g OK LIST completed
                    """);
        }
    }
}
