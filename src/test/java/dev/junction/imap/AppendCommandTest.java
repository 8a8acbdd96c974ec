package dev.junction.imap;

import dev.junction.directory.Account;
import dev.junction.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AppendCommandTest {

    private static final String MESSAGE = "From: Fred Foobar <foobar@example.com>\r\nSubject: afternoon meeting\r\n\r\n"
            + "Hello Joe, do you think we can meet at 3:30 tomorrow?\r\n";

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    private byte[] stored(StoredMessage message) {
        try (InputStream in = server.stores.blobs().open(message.blob().id())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void synchronisingLiteralGetsAContinuationAndTheMessageKeepsFlagsAndDate() throws Exception {
        long uidValidity = server.inbox().uidValidity();
        try (ImapClient c = server.alice()) {
            c.send("a APPEND INBOX (\\Seen $Work) \"14-Jul-2025 02:44:25 +0200\" {" + MESSAGE.length() + "}");
            c.expect("\\+ Ready for literal data");
            c.write(bytes(MESSAGE));
            c.send("");
            assertThat(c.untilTagged("a")).containsExactly("a OK [APPENDUID " + uidValidity + " 1] APPEND completed");
        }
        StoredMessage m = server.messages(server.inbox()).getFirst();
        assertThat(m.flags()).containsExactlyInAnyOrder("\\Seen", "$Work");
        assertThat(m.internalDate()).isEqualTo(Instant.parse("2025-07-14T00:44:25Z"));
        assertThat(stored(m)).isEqualTo(bytes(MESSAGE));
    }

    @Test
    void nonSynchronisingLiteralsAndMultiappendNeedNoContinuation() throws Exception {
        long uidValidity = server.inbox().uidValidity();
        try (ImapClient c = server.alice()) {
            c.write(bytes("a APPEND INBOX {5+}\r\nhello (\\Flagged) ~{6+}\r\nw\0rld\n UTF8 (~{5+}\r\nt\u00e9\r\n)\r\n"));
            assertThat(c.untilTagged("a")).containsExactly("a OK [APPENDUID " + uidValidity + " 1:3] APPEND completed");
        }
        List<StoredMessage> messages = server.messages(server.inbox());
        assertThat(messages).extracting(this::stored).containsExactly(bytes("hello"), bytes("w\0rld\n"), bytes("t\u00e9\r\n"));
        assertThat(messages).extracting(StoredMessage::flags).containsExactly(Set.of(), Set.of("\\Flagged"), Set.of());
    }

    @Test
    void missingMailboxIsTryCreateBeforeAnyContinuation() throws Exception {
        try (ImapClient c = server.alice()) {
            c.send("a APPEND Nowhere {5}");
            c.expect("a NO \\[TRYCREATE\\] Mailbox does not exist");
            // The client got no "+": its next line is a new command.
            c.write(bytes("b APPEND Nowhere {5+}\r\nhello\r\n"));
            c.expect("b NO \\[TRYCREATE\\] Mailbox does not exist");
            assertThat(c.command("NOOP")).containsExactly("t1 OK NOOP completed");
        }
    }

    @Test
    void literalOverTheLimitIsTooBigBeforeAnyContinuation() throws Exception {
        try (TestImapServer small = new TestImapServer(Map.of("imap.max_literal_size", "1024"));
             ImapClient c = small.alice()) {
            c.send("a APPEND INBOX {1025}");
            c.expect("a NO \\[TOOBIG\\] APPEND: literal of 1025 octets is over the limit of 1024");
            assertThat(c.command("NOOP")).containsExactly("t1 OK NOOP completed");
            assertThat(small.messages(small.inbox())).isEmpty();
        }
    }

    @Test
    void messageOverTheFreeQuotaIsOverQuotaBeforeAnyContinuation() throws Exception {
        Account carol = server.stores.account("carol@example.com", "secret", 200);
        server.deliver(carol, "INBOX", "x".repeat(150), Set.of());
        try (ImapClient c = server.connect().login("carol@example.com", "secret")) {
            c.send("a APPEND INBOX {51}");
            c.expect("a NO \\[OVERQUOTA\\] Quota exceeded");
            c.send("b APPEND INBOX {50}");
            c.expect("\\+ Ready for literal data");
            c.write(bytes("y".repeat(50)));
            c.send("");
            c.expect("b OK \\[APPENDUID \\d+ 2\\] APPEND completed");
        }
        assertThat(server.messages(server.mailbox(carol, "INBOX"))).hasSize(2);
    }

    @Test
    void multiappendIsAllOrNothing() throws Exception {
        Account carol = server.stores.account("carol@example.com", "secret", 100);
        try (ImapClient c = server.connect().login("carol@example.com", "secret")) {
            c.write(bytes("a APPEND INBOX {60+}\r\n" + "x".repeat(60) + " {60+}\r\n" + "y".repeat(60) + "\r\n"));
            assertThat(c.untilTagged("a")).containsExactly("a NO [OVERQUOTA] Quota exceeded");
            c.write(bytes("b APPEND INBOX {5+}\r\nhello (\\Recent) {5+}\r\nworld\r\n"));
            assertThat(c.untilTagged("b")).containsExactly("b BAD Invalid system flag \\Recent");
            c.write(bytes("c APPEND INBOX {5+}\r\nhello {0+}\r\n\r\n"));
            assertThat(c.untilTagged("c")).containsExactly("c NO Cannot save an empty message");
            assertThat(c.command("NOOP")).containsExactly("t1 OK NOOP completed");
        }
        assertThat(server.messages(server.mailbox(carol, "INBOX"))).isEmpty();
        assertThat(server.stores.mailStore().usage(carol.id()).bytes()).isZero();
    }

    @Test
    void appendToTheSelectedMailboxShowsExistsBeforeTheTaggedOk() throws Exception {
        server.deliver(MESSAGE);
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            c.write(bytes("a APPEND INBOX {5+}\r\nhello\r\n"));
            assertThat(c.untilTagged("a")).containsExactly("* 2 EXISTS", "* 2 RECENT", "a OK [APPENDUID " + server.inbox().uidValidity()
                    + " 2] APPEND completed");
        }
    }

    @Test
    void aFailingBlobStoreFailsTheCommandNotTheSession() throws Exception {
        Path tmp = server.stores.dir().resolve("blobs").resolve("tmp");
        try (ImapClient c = server.alice()) {
            Files.delete(tmp);
            Files.writeString(tmp, "in the way");
            c.write(bytes("a APPEND INBOX {5+}\r\nhello\r\n"));
            assertThat(c.untilTagged("a")).containsExactly("a NO [UNAVAILABLE] Cannot store the message now, try again later");
            Files.delete(tmp);
            Files.createDirectory(tmp);
            c.write(bytes("b APPEND INBOX {5+}\r\nworld\r\n"));
            assertThat(c.untilTagged("b")).singleElement().asString().startsWith("b OK [APPENDUID ");
        }
        assertThat(server.messages(server.inbox())).extracting(this::stored).containsExactly(bytes("world"));
    }

    @Test
    void tenMegabytesLandOctetForOctetInTheBlobStore() throws Exception {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes(bytes("Subject: big\r\nContent-Type: application/octet-stream\r\n\r\n"));
        byte[] line = new byte[78];
        int n = 0;
        while (message.size() < 10 * 1024 * 1024) {
            for (int i = 0; i < line.length; i++) line[i] = (byte) (33 + (n++ * 31 + i) % 223);
            message.writeBytes(line);
            message.writeBytes(n % 7 == 0 ? new byte[]{'\n'} : new byte[]{'\r', '\n'});
        }
        byte[] octets = message.toByteArray();
        try (ImapClient c = server.alice()) {
            c.send("a APPEND INBOX {" + octets.length + "}");
            c.expect("\\+ Ready for literal data");
            c.write(octets);
            c.send("");
            assertThat(c.untilTagged("a")).singleElement().asString().startsWith("a OK [APPENDUID ");
        }
        StoredMessage m = server.messages(server.inbox()).getFirst();
        assertThat(m.blob().size()).isEqualTo(octets.length);
        assertThat(stored(m)).isEqualTo(octets);
    }
}
