package dev.junction.imap;

import dev.junction.imap.protocol.CommandParser;
import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ProtocolLimits;
import dev.junction.imap.protocol.SearchKey;
import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.BlobSink;
import dev.junction.store.BlobStore;
import dev.junction.store.MessageStructureCache;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SEARCH matcher over five messages held in memory: every key, the dates' zones, decoded
 * text, and that content is read only when a key needs it.
 */
class SearchCriteriaTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    /** Blobs in memory, counting how often content is opened. */
    /** Nothing kept across restarts: every structure is parsed from the blob. */
    private static final class NoStructureCache implements MessageStructureCache {
        @Override
        public Map<BlobId, String> structures(Collection<BlobId> blobs) {
            return Map.of();
        }

        @Override
        public void keepStructures(Map<BlobId, String> structures) {
        }

        @Override
        public int forgetUnreferencedStructures() {
            return 0;
        }
    }

    private static final class MemoryBlobs implements BlobStore {
        final Map<BlobId, byte[]> blobs = new HashMap<>();
        final AtomicInteger opens = new AtomicInteger();

        BlobRef put(String text) {
            byte[] bytes = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            BlobId id = new BlobId("%064x".formatted(blobs.size() + 1));
            blobs.put(id, bytes);
            return new BlobRef(id, bytes.length);
        }

        @Override
        public InputStream open(BlobId id) {
            opens.incrementAndGet();
            return new ByteArrayInputStream(blobs.get(id));
        }

        @Override
        public BlobSink create() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean exists(BlobId id) {
            return blobs.containsKey(id);
        }

        @Override
        public void delete(BlobId id) {
            throw new UnsupportedOperationException();
        }
    }

    private final MemoryBlobs blobs = new MemoryBlobs();
    private final List<StoredMessage> stored = new ArrayList<>();

    SearchCriteriaTest() {
        // UID 10: seen and flagged, small, plain ASCII, arrived late on 1 March UTC.
        add(10, 5, "2026-03-01T23:30:00Z", Set.of("\\Seen", "\\Flagged"), """
                From: Alice Example <alice@example.com>
                To: bob@example.com
                Subject: Quarterly report
                Date: Sun, 1 Mar 2026 23:30:00 -0800
                Message-ID: <q1@example.com>
                X-Priority: 1

                The numbers are in.
                """);
        // UID 11: answered, a keyword, encoded words, a quoted-printable latin-1 body.
        add(11, 7, "2026-03-05T08:00:00Z", Set.of("\\Answered", "$Work"), """
                From: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.de>
                To: alice@example.com
                Cc: carol@example.org
                Subject: =?ISO-8859-1?Q?Caf=E9_tomorrow?=
                Date: Thu, 5 Mar 2026 09:00:00 +0100
                MIME-Version: 1.0
                Content-Type: text/plain; charset=iso-8859-1
                Content-Transfer-Encoding: quoted-printable

                Shall we meet at the caf=E9 near the station?
                """);
        // UID 12: deleted draft, multipart with a base64 UTF-8 part and an attachment, no Date.
        add(12, 9, "2026-03-09T12:00:00Z", Set.of("\\Deleted", "\\Draft"), """
                From: carol@example.org
                To: alice@example.com
                Bcc: secret@example.net
                Subject: Grüße
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: base64

                R3LDvMOfZSBhdXMgS8O2bG4=
                --b1
                Content-Type: application/octet-stream
                Content-Transfer-Encoding: base64

                c2VjcmV0IHBheWxvYWQ=
                --b1--
                """);
        // UID 14: plain, a bigger body.
        add(14, 12, "2026-03-10T11:30:00Z", Set.of(), """
                From: dave@example.com
                To: alice@example.com
                Subject: Re: Quarterly report
                Date: Tue, 10 Mar 2026 11:29:00 +0000

                %s
                """.formatted("padding ".repeat(200)));
        // UID 15: a Date header nobody can read.
        add(15, 13, "2026-03-10T11:59:30Z", Set.of("\\Seen"), """
                From: eve@example.com
                Subject: odd
                Date: sometime soon

                hello
                """);
    }

    /** The messages recent in the searching session: one unseen, one seen. */
    private static final Set<Long> RECENT = Set.of(14L, 15L);

    private void add(long uid, long modSeq, String internal, Set<String> flags, String text) {
        stored.add(new StoredMessage(uid, 1, uid, modSeq, blobs.put(text), Instant.parse(internal), flags));
    }

    private static SearchKey parse(String criteria) throws Exception {
        byte[] line = ("a SEARCH " + criteria + "\r\n").getBytes(StandardCharsets.UTF_8);
        CommandParser parser = new CommandParser(new ByteArrayInputStream(line), ProtocolLimits.DEFAULT, size -> { });
        parser.utf8Accept(true);
        return ((MessageCommand.Search) parser.next().command()).criteria();
    }

    /** The UIDs that match, searching with the given saved result and zone. */
    private List<Long> uids(String criteria, UidSet saved, ZoneId zone) throws Exception {
        MessageSequence view = new MessageSequence(stored.stream().mapToLong(StoredMessage::uid).toArray());
        SearchCriteria compiled = SearchCriteria.compile(parse(criteria), view, saved, zone, NOW);
        MessageStructures structures = new MessageStructures(blobs, new NoStructureCache());
        List<Long> found = new ArrayList<>();
        for (StoredMessage m : stored) {
            if (!compiled.candidates().contains(m.uid())) continue;
            if (compiled.matches(new SearchCandidate(m, view.sequence(m.uid()), RECENT.contains(m.uid()), structures))) found.add(m.uid());
        }
        return found;
    }

    private List<Long> uids(String criteria) throws Exception {
        return uids(criteria, null, ZoneOffset.UTC);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ALL                        | 10,11,12,14,15",
            "SEEN                       | 10,15",
            "UNSEEN                     | 11,12,14",
            "ANSWERED                   | 11",
            "UNANSWERED FLAGGED         | 10",
            "DELETED DRAFT              | 12",
            "UNDELETED UNDRAFT UNFLAGGED | 11,14,15",
            "KEYWORD $work              | 11",
            "UNKEYWORD $Work            | 10,12,14,15",
            "RECENT                     | 14,15",
            "NEW                        | 14",
            "OLD                        | 10,11,12",
            "LARGER 1000                | 14",
            "SMALLER 100                | 15",
            "MODSEQ 9                   | 12,14,15",
            "2:3                        | 11,12",
            "4:*                        | 14,15",
            "*                          | 15",
            "1,3,9                      | 10,12",
            "UID 11:14                  | 11,12,14",
            "UID 100:*                  | 15",
            "UID 13                     | ''",
            "NOT SEEN                   | 11,12,14",
            "OR ANSWERED DRAFT          | 11,12",
            "OR (SEEN FLAGGED) (DELETED NOT DRAFT) | 10",
            "(OR SEEN ANSWERED) UNFLAGGED | 11,15",
            "YOUNGER 3600               | 14,15",
            "OLDER 60                   | 10,11,12,14",
            "NOT OLDER 60               | 15",
            "OLDER 1800                 | 10,11,12,14",
            "YOUNGER 1800               | 14,15",
    })
    void keysTheStoreRowAnswers(String criteria, String expected) throws Exception {
        assertThat(uids(criteria)).containsExactlyElementsOf(list(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FROM alice                          | 10",
            "FROM \"jörg müller\"                | 11",
            "FROM JOERG@EXAMPLE.DE               | 11",
            "TO alice@example.com                | 11,12,14",
            "CC carol                            | 11",
            "BCC secret                          | 12",
            "SUBJECT \"café\"                     | 11",
            "SUBJECT quarterly                   | 10,14",
            "SUBJECT \"GRÜSSE\"                  | ''",
            "SUBJECT \"grüße\"                   | 12",
            "HEADER X-Priority 1                 | 10",
            "HEADER x-priority \"\"              | 10",
            "HEADER Message-ID <q1@              | 10",
            "BODY \"CAFÉ NEAR\"                   | 11",
            "BODY \"aus köln\"                    | 12",
            "BODY payload                        | ''",
            "BODY alice                          | ''",
            "TEXT alice                          | 10,11,12,14",
            "TEXT \"grüße aus\"                   | 12",
            "BODY numbers BODY are               | 10",
            "OR BODY numbers TEXT station        | 10,11",
            "NOT BODY padding                    | 10,11,12,15",
    })
    void keysOnTheDecodedContent(String criteria, String expected) throws Exception {
        assertThat(uids(criteria)).containsExactlyElementsOf(list(expected));
    }

    @Test
    void internalDatesAreDaysInTheServersZone() throws Exception {
        // UID 10 arrived at 23:30 UTC on 1 March: 2 March an hour east of Greenwich.
        assertThat(uids("ON 1-Mar-2026", null, ZoneOffset.UTC)).containsExactly(10L);
        assertThat(uids("ON 2-Mar-2026", null, ZoneOffset.ofHours(1))).containsExactly(10L);
        assertThat(uids("BEFORE 5-Mar-2026")).containsExactly(10L);
        assertThat(uids("SINCE 5-Mar-2026")).containsExactly(11L, 12L, 14L, 15L);
        assertThat(uids("SINCE 10-Mar-2026 BEFORE 11-Mar-2026")).containsExactly(14L, 15L);
    }

    @Test
    void sentDatesAreDaysInTheHeadersOwnZone() throws Exception {
        // UID 10 says 23:30 -0800 on 1 March, which is 2 March in UTC: its own day counts.
        assertThat(uids("SENTON 1-Mar-2026", null, ZoneOffset.ofHours(14))).containsExactly(10L);
        assertThat(uids("SENTSINCE 5-Mar-2026")).containsExactly(11L, 14L);
        // No Date (12) and an unreadable one (15) count as 1 January 1970.
        assertThat(uids("SENTBEFORE 2-Mar-2026")).containsExactly(10L, 12L, 15L);
        assertThat(uids("SENTON 1-Jan-1970")).containsExactly(12L, 15L);
    }

    @Test
    void theSavedResultIsUids() throws Exception {
        assertThat(uids("$", UidSet.of(11, 14, 99), ZoneOffset.UTC)).containsExactly(11L, 14L);
        assertThat(uids("$ SEEN", null, ZoneOffset.UTC)).isEmpty();
        assertThat(uids("UID $", UidSet.of(10), ZoneOffset.UTC)).containsExactly(10L);
    }

    @Test
    void keysThatNeedNoContentReadNone() throws Exception {
        assertThat(uids("OR (SEEN LARGER 10) (UID 11:* BEFORE 1-Jan-2030 MODSEQ 1 NOT KEYWORD x)"))
                .containsExactly(10L, 11L, 12L, 14L, 15L);
        assertThat(blobs.opens).hasValue(0);
    }

    @Test
    void contentIsReadOnlyForMessagesTheCheapKeysLeave() throws Exception {
        // BODY comes first in the command, but only UID 11 is answered: only it is read.
        assertThat(uids("BODY station ANSWERED")).containsExactly(11L);
        assertThat(blobs.opens).hasValue(2); // structure, then the text
        blobs.opens.set(0);
        assertThat(uids("OR FLAGGED BODY station")).containsExactly(10L, 11L);
        assertThat(blobs.opens).hasValue(2 * 4); // every message but the flagged one
    }

    @Test
    void severalTextKeysReadAMessageOnce() throws Exception {
        assertThat(uids("UID 11 BODY shall BODY meet NOT BODY nothing BODY station")).containsExactly(11L);
        assertThat(blobs.opens).hasValue(2);
    }

    @Test
    void findsWhetherTheCriteriaUseModSeq() throws Exception {
        assertThat(SearchCriteria.usesModSeq(parse("OR SEEN NOT (ALL MODSEQ 5)"))).isTrue();
        assertThat(SearchCriteria.usesModSeq(parse("OR SEEN NOT (ALL DRAFT)"))).isFalse();
    }

    @Test
    void uidSetsAtTheTopNarrowWhatTheStoreReads() throws Exception {
        MessageSequence view = new MessageSequence(new long[] {10, 11, 12});
        assertThat(SearchCriteria.compile(parse("SEEN UID 11:*"), view, null, ZoneOffset.UTC, NOW).candidates())
                .isEqualTo(UidSet.range(11, 12));
        assertThat(SearchCriteria.compile(parse("$"), view, UidSet.of(12), ZoneOffset.UTC, NOW).candidates())
                .isEqualTo(UidSet.of(12));
        assertThat(SearchCriteria.compile(parse("OR UID 1 SEEN"), view, null, ZoneOffset.UTC, NOW).candidates())
                .isEqualTo(UidSet.ALL);
    }

    private static List<Long> list(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
    }
}
