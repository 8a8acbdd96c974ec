package dev.junction.imap;

import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;
import dev.junction.store.OverQuotaException;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ten crafted messages in alice's INBOX for the SEARCH, SORT and THREAD transcripts: replies
 * linked by References, a missing parent, subjects with Re:, Fwd: and [list], encoded names, a
 * message without Date and one without From or Subject. A first message is stored and expunged,
 * so UIDs (2 to 11) differ from sequence numbers (1 to 10).
 */
final class SearchFixture {

    /** The messages' texts, sequence number n at n - 1. */
    static final List<String> TEXTS = List.of(
            """
            From: Zed Young <zed@example.com>
            To: alice@example.com
            Subject: Project kickoff
            Date: Mon, 2 Mar 2026 09:00:00 +0000
            Message-ID: <p1@example.com>

            Kickoff on Monday.
            """,
            """
            From: "Anna Berg" <anna@example.com>
            To: Aaron Zed <zed@example.com>
            Cc: carol@example.org
            Subject: Re: Project kickoff
            Date: Mon, 2 Mar 2026 10:00:00 +0000
            Message-ID: <p2@example.com>
            In-Reply-To: <p1@example.com>
            References: <p1@example.com>

            Count me in.
            """,
            """
            From: bob@example.com
            To: Xavier <xavier@example.com>
            Subject: Lunch?
            Date: Sun, 1 Mar 2026 12:00:00 +0000
            Message-ID: <l1@example.com>

            Noon?
            """,
            """
            From: =?UTF-8?Q?=C3=89mile_Roux?= <emile@example.fr>
            To: alice@example.com
            Cc: anna@example.com
            Subject: Re: Re: Project kickoff
            Date: Mon, 2 Mar 2026 11:00:00 +0000
            Message-ID: <p3@example.com>
            References: <p1@example.com> <p2@example.com>

            Me too.
            """,
            """
            From: carol@example.org
            To: bob@example.com
            Subject: Fwd: Lunch?
            Message-ID: <l2@example.com>

            Forwarding, no Date header.
            """,
            """
            From: dave@example.com
            To: alice@example.com
            Subject: Budget
            Date: Tue, 3 Mar 2026 08:00:00 +0000
            Message-ID: <b1@example.com>
            References: <gone@example.com>

            Numbers attached.
            """,
            """
            From: erin@example.com
            To: dave@example.com
            Subject: Re: Budget
            Date: Tue, 3 Mar 2026 09:00:00 +0000
            Message-ID: <b2@example.com>
            References: <gone@example.com>

            Thanks.
            """,
            """
            From: Anna <anna@example.com>
            To: team@example.com
            Subject: Project kickoff
            Date: Wed, 4 Mar 2026 10:00:00 +0000
            Message-ID: <p4@example.com>

            %s
            """.formatted("The agenda for the kickoff, the biggest message of all. ".repeat(20)),
            """
            From: list@example.net
            To: alice@example.com
            Subject: [list] Weekly digest
            Date: Fri, 6 Mar 2026 07:00:00 +0100
            Message-ID: <w1@example.net>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            Gr=C3=BC=C3=9Fe aus K=C3=B6ln.
            """,
            """
            To: alice@example.com
            Date: Sat, 7 Mar 2026 12:00:00 +0000

            No sender, no subject.
            """);

    private static final List<String> INTERNAL_DATES = List.of(
            "2026-03-02T09:05:00Z", "2026-03-02T10:05:00Z", "2026-03-01T12:30:00Z", "2026-03-02T11:05:00Z",
            "2026-03-05T08:00:00Z", "2026-03-03T08:05:00Z", "2026-03-03T09:05:00Z", "2026-03-04T10:05:00Z",
            "2026-03-01T00:00:00Z", "2026-03-07T00:00:00Z");

    private static final List<Set<String>> FLAGS = List.of(
            Set.of("\\Seen"), Set.of("\\Seen", "\\Answered"), Set.of("\\Flagged"), Set.of("\\Seen", "\\Flagged"),
            Set.of(), Set.of("\\Deleted"), Set.of(), Set.of("$Work"), Set.of(), Set.of());

    private SearchFixture() {
    }

    /** Fills alice's INBOX; returns the ten messages, sequence number n at n - 1. */
    static List<StoredMessage> fill(TestImapServer server) {
        try {
            Mailbox inbox = server.inbox();
            StoredMessage first = server.deliver("Subject: gone\r\n\r\nexpunged before the test\r\n");
            server.stores.mailStore().expunge(inbox.id(), UidSet.of(first.uid()), false);
            List<StoredMessage> stored = new ArrayList<>();
            for (int i = 0; i < TEXTS.size(); i++) {
                stored.add(server.stores.mailStore().append(inbox.id(), server.stores.put(crlf(TEXTS.get(i))),
                        Instant.parse(INTERNAL_DATES.get(i)), FLAGS.get(i), 0));
            }
            return stored;
        } catch (MailboxException | OverQuotaException e) {
            throw new IllegalStateException(e);
        }
    }

    static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }
}
