package dev.junction.e2e;

import dev.junction.config.NodeSettings;
import dev.junction.directory.Account;
import dev.junction.imap.ImapRole;
import dev.junction.smtp.ListenerRole;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxMessages;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;
import dev.junction.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IMAP clients Junction did not write that keep or take copies of a mailbox: mbsync (isync)
 * keeping a Maildir in two-way sync, fetchmail pulling a mailbox into an MDA, and mutt copying
 * a mailbox to an mbox file. All over STARTTLS, trusting the node's own certificate only.
 */
class ImapSyncClientsTest {

    private static final int MESSAGES = 300;
    /** mbsync puts a tracking header into messages it copies; it is not part of what was sent. */
    private static final Pattern TUID = Pattern.compile("(?m)^X-TUID: [^\n]*\n");
    /** Maildir file names as mbsync writes them: the far side's UID, then the flags (maildir(5)). */
    private static final Pattern MAILDIR_NAME = Pattern.compile(".*,U=(\\d+).*?(?::2,([A-Za-z]*))?");

    @TempDir
    Path dir;

    @Test
    void mbsyncKeepsAMaildirInTwoWaySync() throws Exception {
        try (TestNode node = TestNode.start(dir.resolve("node")).domain("example.test")) {
            Account alice = node.account("alice@example.test", "alice-pass");
            try (SmtpSender smtp = new SmtpSender(node.port(ListenerRole.MX))) {
                for (int i = 1; i <= MESSAGES; i++) {
                    assertThat(smtp.send("bob@elsewhere.test", List.of("alice@example.test"), "sync-" + i + "@elsewhere.test",
                            "message number " + i + "\r\n" + "x".repeat(i) + "\r\n")).isEqualTo(SmtpSender.Result.ACKNOWLEDGED);
                }
            }
            node.awaitInbox("alice@example.test", MESSAGES);
            Path maildir = dir.resolve("mail");
            Path config = mbsyncConfig(node, maildir);

            // First run: everything comes down, byte for byte (line ends aside), nothing flagged.
            mbsync(config);
            Path inbox = maildir.resolve("INBOX");
            assertThat(maildirFiles(inbox)).hasSize(MESSAGES);
            assertAgree(node, inbox);

            // Changes on both sides; on the server through the store, as another session's would arrive.
            Mailbox serverInbox = node.node().mailStore().mailbox(alice.id(), "INBOX").orElseThrow();
            MailboxMessages messages = (MailboxMessages) node.node().mailStore();
            messages.store(serverInbox.id(), UidSet.range(1, 10), MailboxMessages.StoreMode.ADD, Set.of("\\Flagged"),
                    MailboxMessages.ANY_MODSEQ);
            messages.expunge(serverInbox.id(), UidSet.range(11, 20), false);
            for (int i = 1; i <= 5; i++) {
                node.node().mailStore().deliver(alice.id(), "INBOX", TestStores.put(node.node().blobs(),
                        "From: carol@example.test\r\nSubject: server side " + i + "\r\n\r\nnew on the server " + i + "\r\n"),
                        Instant.now(), null, 0);
            }
            Map<Long, Path> local = byUid(inbox);
            for (long uid = 21; uid <= 25; uid++) setMaildirFlags(local.get(uid), "F");
            for (long uid = 26; uid <= 30; uid++) Files.delete(local.get(uid));
            for (long uid = 31; uid <= 33; uid++) setMaildirFlags(local.get(uid), "S");
            for (int i = 1; i <= 3; i++) {
                Files.writeString(inbox.resolve("new").resolve("1700000000.local" + i + ".client.test"),
                        "From: alice@example.test\nSubject: local " + i + "\n\nwritten in the Maildir " + i + "\n");
            }

            // Second run: both sides end up with the same messages and flags.
            mbsync(config);
            int expected = MESSAGES - 10 - 5 + 5 + 3;
            assertThat(node.inbox("alice@example.test")).hasSize(expected);
            assertThat(maildirFiles(inbox)).hasSize(expected);
            Map<String, String> flags = assertAgree(node, inbox);
            assertThat(flags.values().stream().filter(f -> f.contains("F")).count()).isEqualTo(15);
            assertThat(flags.values().stream().filter(f -> f.contains("S")).count()).isEqualTo(3);
            List<StoredMessage> server = node.inbox("alice@example.test");
            assertThat(server.stream().filter(m -> m.flags().contains("\\Flagged")).map(StoredMessage::uid))
                    .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 21L, 22L, 23L, 24L, 25L);
            assertThat(server.stream().map(StoredMessage::uid)).doesNotContain(11L, 20L, 26L, 30L);
            assertThat(server.stream().map(node::text)).filteredOn(t -> t.contains("written in the Maildir")).hasSize(3);

            // A third run has nothing left to do.
            mbsync(config);
            assertThat(maildirFiles(inbox)).hasSize(expected);
            assertThat(assertAgree(node, inbox)).isEqualTo(flags);
        }
    }

    @Test
    void fetchmailPullsEverythingOverImapIntoAnMda() throws Exception {
        try (TestNode node = TestNode.start(dir.resolve("node")).domain("example.test")) {
            Account bob = node.account("bob@example.test", "bob-pass");
            for (String content : List.of(
                    "From: alice@example.test\r\nSubject: first\r\n\r\nhello\r\n.dot first\r\n",
                    "From: alice@example.test\r\nSubject: second\r\n\r\nagain\r\n")) {
                node.node().mailStore().deliver(bob.id(), "INBOX", TestStores.put(node.node().blobs(), content),
                        Instant.now(), null, 0);
            }
            Path mbox = dir.resolve("mbox");
            Path rc = dir.resolve("fetchmailrc");
            Files.writeString(rc, """
                    poll 127.0.0.1 with proto IMAP port %d
                      user "bob@example.test" there with password "bob-pass" is "bob" here
                      sslproto "tls1.2+" sslcertck sslcertfile "%s" sslcommonname "mx.example.test"
                      fetchall
                      mda "cat >> %s"
                    """.formatted(node.port(ImapRole.IMAP), certificate(node), mbox));
            Files.setPosixFilePermissions(rc, PosixFilePermissions.fromString("rw-------"));

            Tool.Result fetchmail = Tool.run(Map.of("HOME", dir.toString()), "fetchmail", "--nosyslog", "-v",
                    "-f", rc.toString(), "--pidfile", dir.resolve("fetchmail.pid").toString());

            assertThat(fetchmail.exitCode()).as(fetchmail.output()).isZero();
            assertThat(fetchmail.output()).contains("STARTTLS").contains("2 messages");
            assertThat(Files.readString(mbox)).contains("Subject: first").contains("\nhello\n.dot first\n")
                    .contains("Subject: second").contains("\nagain\n");
            assertThat(node.inbox("bob@example.test")).as("fetched messages are deleted and expunged").isEmpty();
        }
    }

    @Test
    void muttCopiesAMailboxIntoAnMboxFile() throws Exception {
        try (TestNode node = TestNode.start(dir.resolve("node")).domain("example.test")) {
            Account bob = node.account("bob@example.test", "bob-pass");
            for (String content : List.of(
                    "From: alice@example.test\r\nSubject: first\r\n\r\nhello mutt\r\n",
                    "From: alice@example.test\r\nSubject: second\r\n\r\nagain\r\n")) {
                node.node().mailStore().deliver(bob.id(), "INBOX", TestStores.put(node.node().blobs(), content),
                        Instant.now(), null, 0);
            }
            Path mbox = dir.resolve("copied.mbox");
            Path certificates = Files.copy(certificate(node), dir.resolve("mutt-certificates"));
            Path rc = dir.resolve("muttrc");
            Files.writeString(rc, """
                    set imap_user="bob@example.test"
                    set imap_pass="bob-pass"
                    set ssl_starttls=yes
                    set ssl_force_tls=yes
                    set certificate_file="%s"
                    set ssl_verify_host=no
                    set header_cache=""
                    set message_cachedir=""
                    set mbox_type=mbox
                    set confirmcreate=no
                    set confirmappend=no
                    set move=no
                    set quit=yes
                    set wait_key=no
                    set mail_check=0
                    set sleep_time=0
                    set folder="%s"
                    set spoolfile=""
                    """.formatted(certificates, dir));
            // Mutt draws on a terminal even when driven by "push": script(1) gives it one.
            Path run = dir.resolve("mutt.sh");
            Files.writeString(run, """
                    exec mutt -n -F '%s' -f 'imap://127.0.0.1:%d/INBOX' \\
                      -e 'push "<tag-pattern>~A<enter><tag-prefix><copy-message><kill-line>%s<enter><quit>"'
                    """.formatted(rc, node.port(ImapRole.IMAP), mbox));

            Tool.requireInstalled("mutt");
            Tool.Result mutt = Tool.run(Map.of("HOME", dir.toString(), "TERM", "xterm"),
                    "script", "-qec", "sh " + run, "/dev/null");

            assertThat(mutt.exitCode()).as(mutt.output()).isZero();
            assertThat(mbox).as(mutt.output()).exists();
            assertThat(Files.readString(mbox)).contains("Subject: first", "\nhello mutt\n", "Subject: second", "\nagain\n");
            assertThat(node.inbox("bob@example.test")).as("a copy leaves the mailbox as it was").hasSize(2);
        }
    }

    private Path mbsyncConfig(TestNode node, Path maildir) throws IOException {
        Files.createDirectories(maildir);
        Path config = dir.resolve("mbsyncrc");
        Files.writeString(config, """
                SyncState *

                IMAPAccount junction
                Host 127.0.0.1
                Port %d
                User alice@example.test
                Pass alice-pass
                SSLType STARTTLS
                SystemCertificates no
                CertificateFile %s
                AuthMechs PLAIN
                Timeout 20

                IMAPStore far
                Account junction

                MaildirStore near
                Path %s/
                Inbox %s/INBOX

                Channel inbox
                Far :far:
                Near :near:
                Create Near
                Expunge Both
                Sync All
                """.formatted(node.port(ImapRole.IMAP), certificate(node), maildir, maildir));
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
        return config;
    }

    /** The node's self-signed certificate: the one certificate the clients trust. */
    private static Path certificate(TestNode node) {
        Path cert = node.node().config().get(NodeSettings.DATA_DIR).resolve("tls").resolve("server.crt");
        assertThat(cert).exists();
        return cert;
    }

    private void mbsync(Path config) throws Exception {
        Tool.Result result = Tool.run(Map.of("HOME", dir.toString()), "mbsync", "-V", "-c", config.toString(), "inbox");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    /**
     * Asserts that the server's INBOX and the Maildir hold the same messages with the same flags,
     * matched by content; returns the flags per message as Maildir letters.
     */
    private static Map<String, String> assertAgree(TestNode node, Path inbox) throws IOException {
        Map<String, String> server = new HashMap<>();
        for (StoredMessage m : node.inbox("alice@example.test")) {
            assertThat(server.put(digest(node.bytes(m)), letters(m.flags()))).as("messages are unique").isNull();
        }
        Map<String, String> near = new HashMap<>();
        for (Path file : maildirFiles(inbox)) {
            Matcher name = MAILDIR_NAME.matcher(file.getFileName().toString());
            String flags = name.matches() && name.group(2) != null ? name.group(2) : "";
            assertThat(near.put(digest(Files.readAllBytes(file)), flags)).as("messages are unique").isNull();
        }
        assertThat(near).isEqualTo(server);
        return server;
    }

    /** Content with LF line ends and without mbsync's tracking header, hashed. */
    private static String digest(byte[] message) {
        String text = new String(message, StandardCharsets.UTF_8).replace("\r\n", "\n");
        return ImapPythonTest.sha256(TUID.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8));
    }

    /** IMAP flags as Maildir info letters, in the ASCII order maildir(5) asks for. */
    private static String letters(Set<String> flags) {
        TreeSet<Character> letters = new TreeSet<>();
        for (String flag : flags) {
            switch (flag) {
                case "\\Draft" -> letters.add('D');
                case "\\Flagged" -> letters.add('F');
                case "\\Answered" -> letters.add('R');
                case "\\Seen" -> letters.add('S');
                case "\\Deleted" -> letters.add('T');
                default -> { } // keywords have no Maildir letter
            }
        }
        StringBuilder b = new StringBuilder();
        letters.forEach(b::append);
        return b.toString();
    }

    private static List<Path> maildirFiles(Path mailbox) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String sub : List.of("cur", "new")) {
            Path d = mailbox.resolve(sub);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.list(d)) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    private static Map<Long, Path> byUid(Path mailbox) throws IOException {
        Map<Long, Path> files = new HashMap<>();
        for (Path file : maildirFiles(mailbox)) {
            Matcher name = MAILDIR_NAME.matcher(file.getFileName().toString());
            if (name.matches()) files.put(Long.parseLong(name.group(1)), file);
        }
        return files;
    }

    /** Renames a Maildir message into cur/ with the given info flags, as a mail reader does. */
    private static void setMaildirFlags(Path file, String flags) throws IOException {
        String name = file.getFileName().toString();
        int info = name.indexOf(":2,");
        String base = info < 0 ? name : name.substring(0, info);
        Files.move(file, file.getParent().resolveSibling("cur").resolve(base + ":2," + flags));
    }
}
