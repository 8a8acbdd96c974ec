package dev.junction.e2e;

import dev.junction.config.Config;
import dev.junction.directory.Account;
import dev.junction.mail.MailAddress;
import dev.junction.imap.ImapRole;
import dev.junction.pop3.Pop3Role;
import dev.junction.server.Node;
import dev.junction.smtp.ListenerRole;
import dev.junction.store.Mailbox;
import dev.junction.store.StoredMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real {@link Node} for end-to-end tests: every listener on an ephemeral loopback port, storage
 * in the given directory, and helpers to set up the directory and look into mailboxes the way a
 * user's client would see them.
 */
public final class TestNode implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final Node node;

    private TestNode(Node node) {
        this.node = node;
    }

    /** Starts a node named {@code hostname} with its data in {@code dataDir}; overrides win over the test defaults. */
    public static TestNode start(Path dataDir, String hostname, Map<String, String> overrides) throws IOException {
        Map<String, String> settings = new HashMap<>(Map.ofEntries(
                Map.entry("node.hostname", hostname),
                Map.entry("node.data_dir", dataDir.toString()),
                Map.entry("smtp.listen", "127.0.0.1:0"),
                Map.entry("smtp.submission_listen", "127.0.0.1:0"),
                Map.entry("smtp.submissions_listen", "127.0.0.1:0"),
                Map.entry("pop3.listen", "127.0.0.1:0"),
                Map.entry("pop3.pop3s_listen", "127.0.0.1:0"),
                Map.entry("imap.listen", "127.0.0.1:0"),
                Map.entry("imap.imaps_listen", "127.0.0.1:0"),
                Map.entry("admin.listen", "127.0.0.1:0")));
        settings.putAll(overrides);
        Node node = new Node(Config.of(settings));
        node.start();
        return new TestNode(node);
    }

    public static TestNode start(Path dataDir) throws IOException {
        return start(dataDir, "mx.example.test", Map.of());
    }

    public Node node() {
        return node;
    }

    public int port(ListenerRole role) {
        return node.smtpPort(role);
    }

    public int port(Pop3Role role) {
        return node.pop3Port(role);
    }

    public int port(ImapRole role) {
        return node.imapPort(role);
    }

    public TestNode domain(String domain) {
        node.directory().addDomain(domain);
        return this;
    }

    /** Adds an account with its default mailboxes, as {@code junction admin account add} does. */
    public Account account(String address, String password) {
        Account account = node.directory().addAccount(MailAddress.parse(address), address, password.toCharArray(), 0);
        node.mailStore().createDefaultMailboxes(account.id());
        return account;
    }

    public List<StoredMessage> messages(String address, String mailboxName) {
        Account account = node.directory().account(MailAddress.parse(address)).orElseThrow();
        Mailbox mailbox = node.mailStore().mailbox(account.id(), mailboxName).orElseThrow();
        return node.mailStore().messages(mailbox.id());
    }

    public List<StoredMessage> inbox(String address) {
        return messages(address, "INBOX");
    }

    /**
     * Waits until the INBOX holds {@code count} messages and the queue has nothing left to
     * deliver, then returns the messages: a duplicate delivery would show as one too many.
     */
    public List<StoredMessage> awaitInbox(String address, int count) {
        await().atMost(WAIT).until(() -> inbox(address).size() >= count);
        awaitQueueSettled();
        List<StoredMessage> messages = inbox(address);
        assertThat(messages).as("INBOX of " + address).hasSize(count);
        return messages;
    }

    /** Waits until no queue entry has a pending recipient (finished entries leave the spool). */
    public void awaitQueueSettled() {
        await().atMost(WAIT).until(() -> node.spool().list().stream().allMatch(e -> e.pending().isEmpty()));
    }

    public byte[] bytes(StoredMessage message) {
        try (InputStream in = node.blobs().open(message.blob().id())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text(StoredMessage message) {
        return new String(bytes(message), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        node.close();
    }
}
