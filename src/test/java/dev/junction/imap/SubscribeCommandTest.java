package dev.junction.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SUBSCRIBE and UNSUBSCRIBE (RFC 9051 6.3.7-8). */
class SubscribeCommandTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void subscribesExistingMailboxesOnly() throws Exception {
        try (ImapClient c = server.alice()) {
            c.run("""
                    C: a CREATE Lists/junction
                    S: a OK CREATE completed
                    C: b SUBSCRIBE Lists/junction
                    S: b OK SUBSCRIBE completed
                    C: c SUBSCRIBE Lists/junction
                    S: c OK SUBSCRIBE completed
                    C: d SUBSCRIBE Lists/
                    S: d OK SUBSCRIBE completed
                    C: e SUBSCRIBE Nowhere
                    S: e NO \\[NONEXISTENT\\] Mailbox does not exist
                    C: f SUBSCRIBE "a*"
                    S: f NO \\[CANNOT\\] .*
                    C: g LSUB "" L*
                    S: \\* LSUB \\(\\) "/" "Lists"
                    S: \\* LSUB \\(\\) "/" "Lists/junction"
                    S: g OK LSUB completed
                    """);
        }
    }

    @Test
    void unsubscribeIsQuietForNamesThatWereNotSubscribed() throws Exception {
        try (ImapClient c = server.alice()) {
            c.run("""
                    C: a UNSUBSCRIBE Sent
                    S: a OK UNSUBSCRIBE completed
                    C: b UNSUBSCRIBE Sent
                    S: b OK UNSUBSCRIBE completed
                    C: c UNSUBSCRIBE Nowhere
                    S: c OK UNSUBSCRIBE completed
                    C: d UNSUBSCRIBE Drafts/
                    S: d OK UNSUBSCRIBE completed
                    C: e LSUB "" *
                    S: \\* LSUB \\(\\\\Archive\\) "/" "Archive"
                    S: \\* LSUB \\(\\) "/" "INBOX"
                    S: \\* LSUB \\(\\\\Junk\\) "/" "Junk"
                    S: \\* LSUB \\(\\\\Trash\\) "/" "Trash"
                    S: e OK LSUB completed
                    """);
        }
    }

    @Test
    void aSubscriptionOutlivesItsMailbox() throws Exception {
        try (ImapClient c = server.alice()) {
            c.run("""
                    C: a DELETE Junk
                    S: a OK DELETE completed
                    C: b LIST (SUBSCRIBED) "" J*
                    S: \\* LIST \\(\\\\NonExistent \\\\Subscribed\\) "/" "Junk"
                    S: b OK LIST completed
                    C: c LSUB "" J*
                    S: \\* LSUB \\(\\\\Noselect\\) "/" "Junk"
                    S: c OK LSUB completed
                    C: d UNSUBSCRIBE Junk
                    S: d OK UNSUBSCRIBE completed
                    C: e LIST (SUBSCRIBED) "" J*
                    S: e OK LIST completed
                    """);
        }
    }
}
