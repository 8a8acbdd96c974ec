package dev.junction.imap;

import dev.junction.store.BlobRef;
import dev.junction.store.BlobSink;
import dev.junction.store.MailboxMessages;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** FETCH and UID FETCH over a real server and store, per item family. */
class FetchCommandTest {

    static final String SIMPLE = """
            From: Ann <ann@example.com>\r
            To: bob@example.com\r
            Subject: Hello\r
            Date: Mon, 2 Mar 2026 10:00:00 +0000\r
            Message-ID: <a1@example.com>\r
            \r
            Hello Bob.\r
            """;
    static final String SIMPLE_HEADER = SIMPLE.substring(0, SIMPLE.indexOf("\r\n\r\n") + 4);

    /** 8-bit text, a binary part with a NUL, a base64 attachment, a message/rfc822 and an x-uuencode part. */
    static final String PARTS = """
            From: Ann <ann@example.com>\r
            To: bob@example.com\r
            Subject: Parts\r
            MIME-Version: 1.0\r
            Content-Type: multipart/mixed; boundary="b"\r
            \r
            --b\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Transfer-Encoding: 8bit\r
            \r
            Grüße\r
            --b\r
            Content-Type: application/octet-stream\r
            Content-Transfer-Encoding: binary\r
            \r
            A\0B\r
            --b\r
            Content-Type: application/pdf; name="a.pdf"\r
            Content-Transfer-Encoding: base64\r
            Content-Disposition: attachment; filename="a.pdf"\r
            \r
            SGVsbG8gUERG\r
            --b\r
            Content-Type: message/rfc822\r
            \r
            From: Cy <cy@example.org>\r
            Subject: Inner\r
            \r
            Inner body.\r
            --b\r
            Content-Type: text/plain\r
            Content-Transfer-Encoding: x-uuencode\r
            \r
            begin 644 x\r
            --b--\r
            """;

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void rowItemsAndMacros() throws Exception {
        StoredMessage m = server.deliver(SIMPLE);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.ok("FETCH 1 (UID FLAGS INTERNALDATE RFC822.SIZE)")).singleElement().asString().matches(
                    "\\* 1 FETCH \\(UID 1 FLAGS \\(\\\\Recent\\) INTERNALDATE \"\\d\\d-[A-Z][a-z]{2}-\\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}\" "
                            + "RFC822.SIZE " + SIMPLE.length() + "\\)");
            assertThat(c.ok("FETCH 1 FAST")).singleElement().asString()
                    .matches("\\* 1 FETCH \\(FLAGS \\(\\\\Recent\\) INTERNALDATE \"[^\"]+\" RFC822.SIZE " + SIMPLE.length() + "\\)");
            // UID FETCH always answers UID, first; a repeated item is answered once.
            assertThat(c.ok("UID FETCH 1 (FLAGS FLAGS)")).containsExactly("* 1 FETCH (UID 1 FLAGS (\\Recent))");
            assertThat(c.ok("FETCH 1 ALL")).singleElement().asString().startsWith("* 1 FETCH (FLAGS (\\Recent) INTERNALDATE ")
                    .endsWith(" ENVELOPE (\"Mon, 2 Mar 2026 10:00:00 +0000\" \"Hello\" ((\"Ann\" NIL \"ann\" \"example.com\")) "
                            + "((\"Ann\" NIL \"ann\" \"example.com\")) ((\"Ann\" NIL \"ann\" \"example.com\")) "
                            + "((NIL NIL \"bob\" \"example.com\")) NIL NIL NIL \"<a1@example.com>\"))");
            assertThat(c.ok("FETCH 1 FULL")).singleElement().asString()
                    .endsWith(" BODY (\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 12 1))");
            // MODSEQ makes the session CONDSTORE-aware: HIGHESTMODSEQ first, and FLAGS carry MODSEQ from now on.
            assertThat(c.ok("FETCH 1 (MODSEQ)")).containsExactly(
                    "* OK [HIGHESTMODSEQ " + m.modSeq() + "] Highest", "* 1 FETCH (MODSEQ (" + m.modSeq() + "))");
            assertThat(c.ok("FETCH 1 (FLAGS)")).containsExactly("* 1 FETCH (FLAGS (\\Recent) MODSEQ (" + m.modSeq() + "))");
        }
    }

    @Test
    void answersAsDovecotDidForTheSameMessages() throws Exception {
        List<String> names = List.of("plain-ascii", "utf8-8bit", "alternative", "mixed-attachment", "nested-rfc822",
                "missing-end-boundary", "bad-encodings", "encoded-rfc822", "digest", "related-inline-image");
        for (String name : names) deliver(resource("/imap/message/" + name + ".eml"));
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            int checked = 0;
            for (int seq = 1; seq <= names.size(); seq++) {
                String recorded = new String(resource("/imap/message/dovecot/" + names.get(seq - 1) + ".dovecot"),
                        StandardCharsets.UTF_8);
                for (String answer : recorded.strip().split("\r\n")) {
                    String dovecot = answer.replace("\\r", "\r").replace("\\n", "\n");
                    List<String> ours = c.responses("FETCH " + seq + " (" + request(dovecot) + ")");
                    assertThat(ours.getLast()).as(dovecot).matches("t\\d+ OK FETCH completed");
                    String expected = "* " + seq + " FETCH (" + dovecot + ")";
                    if (dovecot.contains("\uFFFD")) { // the recording lost non-UTF-8 octets: compare up to them
                        String head = expected.substring(0, expected.indexOf("}\r\n") + 3);
                        assertThat(ours.getFirst()).startsWith(head);
                    } else {
                        assertThat(ours).as(dovecot).containsExactly(expected, ours.getLast());
                    }
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(40);
        }
    }

    /** The request for a recorded answer: its item name, PEEK for sections, the partial's count from the literal. */
    private static String request(String answer) {
        if (!answer.startsWith("BODY[") && !answer.startsWith("BINARY[")) return answer.substring(0, answer.indexOf(' '));
        String name = answer.substring(0, answer.indexOf(']') + 1);
        String peek = name.replaceFirst("\\[", ".PEEK[");
        String rest = answer.substring(name.length());
        if (!rest.startsWith("<")) return peek;
        return peek + "<" + rest.substring(1, rest.indexOf('>')) + "." + rest.substring(rest.indexOf('{') + 1, rest.indexOf('}')) + ">";
    }

    @Test
    void sectionsOfAMultipartWithAnAttachmentAndAnEncapsulatedMessage() throws Exception {
        deliver(PARTS.getBytes(StandardCharsets.UTF_8));
        try (ImapClient c = server.alice()) {
            c.ok("EXAMINE INBOX");
            assertThat(fetch(c, "BODY.PEEK[1]")).isEqualTo("BODY[1] " + literal("Grüße"));
            assertThat(fetch(c, "BODY.PEEK[3]")).isEqualTo("BODY[3] " + literal("SGVsbG8gUERG"));
            assertThat(fetch(c, "BODY.PEEK[4.HEADER]")).isEqualTo("BODY[4.HEADER] " + literal("From: Cy <cy@example.org>\r\nSubject: Inner\r\n\r\n"));
            assertThat(fetch(c, "BODY.PEEK[4.TEXT]")).isEqualTo("BODY[4.TEXT] " + literal("Inner body."));
            assertThat(fetch(c, "BODY.PEEK[4.1]")).isEqualTo("BODY[4.1] " + literal("Inner body."));
            assertThat(fetch(c, "BODY.PEEK[4.MIME]")).isEqualTo("BODY[4.MIME] " + literal("Content-Type: message/rfc822\r\n\r\n"));
            assertThat(fetch(c, "BODY.PEEK[4.HEADER.FIELDS (subject)]"))
                    .isEqualTo("BODY[4.HEADER.FIELDS (SUBJECT)] " + literal("Subject: Inner\r\n\r\n"));
            assertThat(fetch(c, "BODY.PEEK[HEADER.FIELDS (Subject from)]"))
                    .isEqualTo("BODY[HEADER.FIELDS (SUBJECT FROM)] "
                            + literal("From: Ann <ann@example.com>\r\nSubject: Parts\r\n\r\n"));
            assertThat(fetch(c, "BODY.PEEK[HEADER.FIELDS.NOT (To MIME-Version Content-Type)]"))
                    .isEqualTo("BODY[HEADER.FIELDS.NOT (TO MIME-VERSION CONTENT-TYPE)] "
                            + literal("From: Ann <ann@example.com>\r\nSubject: Parts\r\n\r\n"));
            // Parts that do not exist answer an empty literal, as Dovecot does.
            assertThat(fetch(c, "BODY.PEEK[9]")).isEqualTo("BODY[9] {0}\r\n");
            assertThat(fetch(c, "BODY.PEEK[1.2.3]")).isEqualTo("BODY[1.2.3] {0}\r\n");
            assertThat(fetch(c, "BODY.PEEK[1.TEXT]")).isEqualTo("BODY[1.TEXT] {0}\r\n");
            assertThat(c.ok("FETCH 1 (BODYSTRUCTURE)")).singleElement().asString().startsWith(
                    "* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"8bit\" 7 0 NIL NIL NIL NIL)"
                            + "(\"application\" \"octet-stream\" NIL NIL NIL \"binary\" 3 NIL NIL NIL NIL)");
        }
    }

    @Test
    void binaryDecodesAndUsesLiteral8WhereNeeded() throws Exception {
        deliver(PARTS.getBytes(StandardCharsets.UTF_8));
        try (ImapClient c = server.alice()) {
            c.ok("EXAMINE INBOX");
            assertThat(fetch(c, "BINARY.PEEK[1]")).isEqualTo("BINARY[1] {7}\r\nGrüße");
            assertThat(fetch(c, "BINARY.PEEK[2]")).isEqualTo("BINARY[2] ~{3}\r\nA\0B");
            assertThat(fetch(c, "BINARY.PEEK[2]<2.5>")).isEqualTo("BINARY[2]<2> {1}\r\nB");
            assertThat(fetch(c, "BINARY.PEEK[3]")).isEqualTo("BINARY[3] ~{9}\r\nHello PDF");
            assertThat(fetch(c, "BINARY.PEEK[3]<6.100>")).isEqualTo("BINARY[3]<6> ~{3}\r\nPDF");
            assertThat(fetch(c, "BINARY.SIZE[3] BINARY.SIZE[1] BINARY.SIZE[8]"))
                    .isEqualTo("BINARY.SIZE[3] 9 BINARY.SIZE[1] 7 BINARY.SIZE[8] 0");
            assertThat(fetch(c, "BINARY.PEEK[8]")).isEqualTo("BINARY[8] {0}\r\n");
            assertThat(c.command("FETCH 1 (BINARY.PEEK[5])")).singleElement().asString()
                    .matches("t\\d+ NO \\[UNKNOWN-CTE] Unknown Content-Transfer-Encoding x-uuencode");
            assertThat(c.command("FETCH 1 (UID BINARY.SIZE[5])")).singleElement().asString()
                    .matches("t\\d+ NO \\[UNKNOWN-CTE] Unknown Content-Transfer-Encoding x-uuencode");
        }
    }

    @Test
    void partialFetchesAtTheEdges() throws Exception {
        server.deliver(SIMPLE);
        try (ImapClient c = server.alice()) {
            c.ok("EXAMINE INBOX");
            assertThat(fetch(c, "BODY.PEEK[TEXT]<0.5>")).isEqualTo("BODY[TEXT]<0> {5}\r\nHello");
            assertThat(fetch(c, "BODY.PEEK[TEXT]<6.100>")).isEqualTo("BODY[TEXT]<6> {6}\r\nBob.\r\n");
            assertThat(fetch(c, "BODY.PEEK[TEXT]<11.1>")).isEqualTo("BODY[TEXT]<11> {1}\r\n\n");
            assertThat(fetch(c, "BODY.PEEK[TEXT]<12.1>")).isEqualTo("BODY[TEXT]<12> {0}\r\n");
            assertThat(fetch(c, "BODY.PEEK[TEXT]<4294967295.1>")).isEqualTo("BODY[TEXT]<4294967295> {0}\r\n");
            assertThat(fetch(c, "BODY.PEEK[]<0.4>")).isEqualTo("BODY[]<0> {4}\r\nFrom");
            assertThat(fetch(c, "BODY.PEEK[]<" + (SIMPLE.length() - 3) + ".10>"))
                    .isEqualTo("BODY[]<" + (SIMPLE.length() - 3) + "> {3}\r\n.\r\n");
            assertThat(c.command("FETCH 1 (BODY.PEEK[TEXT]<0.0>)")).singleElement().asString().matches("t\\d+ BAD .*");
        }
    }

    @Test
    void rfc822ItemsAndWhichOfThemSetSeen() throws Exception {
        StoredMessage m = server.deliver(SIMPLE);
        server.deliver(SIMPLE);
        server.deliver(SIMPLE);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(fetch(c, "RFC822.HEADER")).isEqualTo("RFC822.HEADER {" + SIMPLE_HEADER.length() + "}\r\n" + SIMPLE_HEADER);
            assertThat(fetch(c, "BODY.PEEK[TEXT]")).isEqualTo("BODY[TEXT] {12}\r\nHello Bob.\r\n");
            assertThat(fetch(c, "FLAGS")).isEqualTo("FLAGS (\\Recent)");
            assertThat(c.responses("FETCH 2 (BODY.PEEK[TEXT] BODY[TEXT])")).first()
                    .isEqualTo("* 2 FETCH (BODY[TEXT] {12}\r\nHello Bob.\r\n FLAGS (\\Seen \\Recent))");
            // Taking the text sets \Seen, and the response says so.
            assertThat(fetch(c, "RFC822.TEXT")).isEqualTo("RFC822.TEXT {12}\r\nHello Bob.\r\n FLAGS (\\Seen \\Recent)");
            assertThat(server.messages(server.inbox()).getFirst().flags()).containsExactly("\\Seen");
            assertThat(fetch(c, "RFC822.TEXT")).isEqualTo("RFC822.TEXT {12}\r\nHello Bob.\r\n");
            assertThat(c.ok("NOOP")).as("the change is not announced again").isEmpty();
            assertThat(c.responses("FETCH 3 (RFC822 FLAGS)")).first().isEqualTo(
                    "* 3 FETCH (RFC822 {" + SIMPLE.length() + "}\r\n" + SIMPLE + " FLAGS (\\Seen \\Recent))");
            assertThat(server.messages(server.inbox()).get(2).modSeq()).isGreaterThan(m.modSeq());
        }
    }

    @Test
    void bodyWithoutPeekSetsSeenWithUidAndModSeqUnderCondstore() throws Exception {
        server.deliver(SIMPLE);
        server.deliver(PARTS);
        try (ImapClient c = server.alice()) {
            c.ok("ENABLE CONDSTORE");
            c.ok("SELECT INBOX");
            assertThat(fetch(c, "BODY.PEEK[TEXT]")).doesNotContain("FLAGS");
            String first = fetch(c, "BODY[TEXT]");
            long modSeq = server.messages(server.inbox()).getFirst().modSeq();
            assertThat(first).isEqualTo("UID 1 BODY[TEXT] {12}\r\nHello Bob.\r\n FLAGS (\\Seen \\Recent) MODSEQ (" + modSeq + ")");
            assertThat(c.responses("FETCH 2 (BINARY[1] BODY[1]<0.2>)")).first().isEqualTo(
                    "* 2 FETCH (UID 2 BINARY[1] {7}\r\nGrüße BODY[1]<0> {2}\r\nGr FLAGS (\\Seen \\Recent) MODSEQ (" + (modSeq + 1) + "))");
            assertThat(c.ok("NOOP")).isEmpty();
            // Already seen: no FLAGS unless asked, and then with MODSEQ.
            assertThat(fetch(c, "BODY[TEXT]")).isEqualTo("BODY[TEXT] {12}\r\nHello Bob.\r\n");
            assertThat(fetch(c, "FLAGS")).isEqualTo("FLAGS (\\Seen \\Recent) MODSEQ (" + modSeq + ")");
        }
    }

    @Test
    void examineNeverSetsSeen() throws Exception {
        server.deliver(SIMPLE);
        try (ImapClient c = server.alice()) {
            c.ok("EXAMINE INBOX");
            assertThat(fetch(c, "BODY[TEXT]")).isEqualTo("BODY[TEXT] {12}\r\nHello Bob.\r\n");
            assertThat(fetch(c, "RFC822")).doesNotContain("FLAGS");
            assertThat(fetch(c, "FLAGS")).isEqualTo("FLAGS (\\Recent)");
        }
        assertThat(server.messages(server.inbox()).getFirst().flags()).isEmpty();
    }

    @Test
    void changedSinceAnswersOnlyNewerMessagesWithModSeq() throws Exception {
        server.deliver(SIMPLE);
        server.deliver(SIMPLE);
        server.deliver(SIMPLE);
        long inbox = server.inbox().id();
        long before = server.inbox().highestModSeq();
        MailboxMessages.StoreResult flagged = server.stores.mailStore()
                .store(inbox, UidSet.of(2), MailboxMessages.StoreMode.ADD, Set.of("\\Flagged"), MailboxMessages.ANY_MODSEQ);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.ok("FETCH 1:* (FLAGS) (CHANGEDSINCE " + before + ")")).containsExactly(
                    "* OK [HIGHESTMODSEQ " + flagged.modSeq() + "] Highest",
                    "* 2 FETCH (FLAGS (\\Flagged \\Recent) MODSEQ (" + flagged.modSeq() + "))");
            assertThat(c.ok("UID FETCH 1:* (UID) (CHANGEDSINCE " + flagged.modSeq() + ")")).isEmpty();
            assertThat(c.ok("FETCH 1:* (UID) (CHANGEDSINCE 0)")).hasSize(3).allMatch(l -> l.contains(" MODSEQ ("));
            assertThat(c.command("UID FETCH 1:* (FLAGS) (CHANGEDSINCE 1 VANISHED)")).singleElement().asString()
                    .matches("t\\d+ BAD VANISHED needs ENABLE QRESYNC first");
        }
    }

    @Test
    void vanishedEarlierComesFirstForTheUidsOfTheSet() throws Exception {
        for (int i = 0; i < 4; i++) server.deliver(SIMPLE);
        long inbox = server.inbox().id();
        long before = server.inbox().highestModSeq();
        server.stores.mailStore().expunge(inbox, UidSet.of(2, 3), false);
        MailboxMessages.StoreResult flagged = server.stores.mailStore()
                .store(inbox, UidSet.of(4), MailboxMessages.StoreMode.ADD, Set.of("\\Flagged"), MailboxMessages.ANY_MODSEQ);
        try (ImapClient c = server.alice()) {
            c.ok("ENABLE QRESYNC");
            c.ok("SELECT INBOX");
            assertThat(c.ok("UID FETCH 1:* (FLAGS) (CHANGEDSINCE " + before + " VANISHED)")).containsExactly(
                    "* VANISHED (EARLIER) 2:3",
                    "* 2 FETCH (UID 4 FLAGS (\\Flagged \\Recent) MODSEQ (" + flagged.modSeq() + "))");
            assertThat(c.ok("UID FETCH 3:4 (FLAGS) (CHANGEDSINCE " + before + " VANISHED)")).containsExactly(
                    "* VANISHED (EARLIER) 3", "* 2 FETCH (UID 4 FLAGS (\\Flagged \\Recent) MODSEQ (" + flagged.modSeq() + "))");
            assertThat(c.ok("UID FETCH 1 (FLAGS) (CHANGEDSINCE " + before + " VANISHED)")).isEmpty();
        }
    }

    @Test
    void anEmptyMailboxRefusesSequenceNumbersButNotUids() throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.command("FETCH 1:* (FLAGS)")).containsExactly("t2 BAD Invalid message sequence number");
            assertThat(c.command("FETCH 1 (FLAGS)")).containsExactly("t3 BAD Invalid message sequence number");
            assertThat(c.command("UID FETCH 1:* (FLAGS)")).containsExactly("t4 OK UID FETCH completed");
        }
    }

    @Test
    void responsesFollowSequenceOrderAndOnlyKnownMessages() throws Exception {
        for (int i = 0; i < 3; i++) server.deliver(SIMPLE);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            assertThat(c.ok("FETCH 3,1 (UID)")).containsExactly("* 1 FETCH (UID 1)", "* 3 FETCH (UID 3)");
            assertThat(c.ok("UID FETCH 2:9 (FLAGS)")).containsExactly("* 2 FETCH (UID 2 FLAGS (\\Recent))", "* 3 FETCH (UID 3 FLAGS (\\Recent))");
            assertThat(c.ok("UID FETCH 7:* (FLAGS)")).containsExactly("* 3 FETCH (UID 3 FLAGS (\\Recent))");
            assertThat(c.command("FETCH 2:4 (FLAGS)")).containsExactly("t5 BAD Invalid message sequence number");
        }
    }

    @Test
    void aMessageExpungedElsewhereIsLeftOutWithExpungeIssued() throws Exception {
        for (int i = 0; i < 3; i++) server.deliver(SIMPLE);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            server.stores.mailStore().expunge(server.inbox().id(), UidSet.of(2), false);
            assertThat(c.command("FETCH 1:3 (UID)")).containsExactly(
                    "* 1 FETCH (UID 1)", "* 3 FETCH (UID 3)", "t2 NO [EXPUNGEISSUED] Some messages were expunged");
            assertThat(c.command("UID FETCH 1:3 (UID)")).containsExactly(
                    "* 1 FETCH (UID 1)", "* 3 FETCH (UID 3)", "* 2 EXPUNGE", "t3 OK UID FETCH completed");
            assertThat(c.ok("FETCH 1:2 (UID)")).containsExactly("* 1 FETCH (UID 1)", "* 2 FETCH (UID 3)");
        }
    }

    @Test
    void aStaleCachedStructureIsParsedAgainAndReplaced() throws Exception {
        StoredMessage m = server.deliver(PARTS);
        var cache = server.stores.mailStore();
        cache.keepStructures(Map.of(m.blob().id(), "J0;from an older release"));
        try (ImapClient c = server.alice()) {
            c.ok("EXAMINE INBOX");
            assertThat(fetch(c, "BODY.PEEK[4.TEXT]")).isEqualTo("BODY[4.TEXT] " + literal("Inner body."));
        }
        String kept = cache.structures(List.of(m.blob().id())).get(m.blob().id());
        assertThat(kept).startsWith("J1;");
        try (InputStream raw = server.stores.blobs().open(m.blob().id())) {
            assertThat(kept).isEqualTo(dev.junction.imap.message.MessageStructure.parse(raw).encode());
        }
    }

    @Test
    void aLargeMessageIsStreamedWhole() throws Exception {
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        BlobRef blob;
        byte[] line = new byte[78];
        try (BlobSink sink = server.stores.blobs().create()) {
            OutputStream out = new DigestOutputStream(sink, sent);
            out.write("Subject: big\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int n = 0; n < 20 * 1024 * 1024 / 80; n++) {
                for (int i = 0; i < line.length; i++) line[i] = (byte) ('!' + (n * 31 + i * 7) % 90);
                out.write(line);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            blob = sink.commit();
        }
        server.stores.mailStore().append(server.inbox().id(), blob, Instant.now(), Set.of(), 0);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            c.send("big FETCH 1 (RFC822.SIZE BODY.PEEK[])");
            c.expect("\\* 1 FETCH \\(RFC822.SIZE " + blob.size() + " BODY\\[] \\{" + blob.size() + "}");
            MessageDigest received = MessageDigest.getInstance("SHA-256");
            c.readBytes(blob.size(), new DigestOutputStream(OutputStream.nullOutputStream(), received));
            c.expect("\\)");
            c.expect("big OK FETCH completed");
            assertThat(received.digest()).isEqualTo(sent.digest());
            assertThat(fetch(c, "BODY.PEEK[TEXT]<" + (blob.size() - 16 - 4) + ".100>")).endsWith(" {4}\r\n" + tail(line));
        }
    }

    private static String tail(byte[] lastLine) {
        return new String(lastLine, lastLine.length - 2, 2, StandardCharsets.US_ASCII) + "\r\n";
    }

    /** A literal as the server sends it: its length in octets, CRLF, its content. */
    private static String literal(String content) {
        return "{" + content.getBytes(StandardCharsets.UTF_8).length + "}\r\n" + content;
    }

    /** FETCH 1 (items): the data items of the one response, literals inline. */
    private static String fetch(ImapClient c, String items) throws IOException {
        List<String> responses = c.responses("FETCH 1 (" + items + ")");
        assertThat(responses).as(items).hasSize(2);
        assertThat(responses.getLast()).matches("t\\d+ OK FETCH completed");
        String response = responses.getFirst();
        assertThat(response).startsWith("* 1 FETCH (").endsWith(")");
        return response.substring("* 1 FETCH (".length(), response.length() - 1);
    }

    private StoredMessage deliver(byte[] raw) throws Exception {
        BlobRef blob;
        try (BlobSink sink = server.stores.blobs().create()) {
            sink.write(raw);
            blob = sink.commit();
        }
        return server.stores.mailStore().append(server.inbox().id(), blob, Instant.now(), Set.of(), 0);
    }

    /** A test resource, LF line ends turned into CRLF as the store keeps messages. */
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FetchCommandTest.class.getResourceAsStream(name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
