package dev.junction.imap;

import dev.junction.auth.AuthThrottle;
import dev.junction.config.Config;
import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.mail.MailAddress;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;
import dev.junction.store.OverQuotaException;
import dev.junction.store.StoredMessage;
import dev.junction.store.sql.SqlMailStore;
import dev.junction.testing.TestStores;
import dev.junction.testing.TestTls;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real IMAP server on ephemeral ports over the real stores in a temp dir, with accounts alice
 * and bob (password "secret", default mailboxes) and a disabled account gone. Plaintext login is
 * allowed unless the overrides say otherwise, so transcripts need no TLS. As a field with
 * {@code @RegisterExtension} it serves one test and closes after it.
 */
final class TestImapServer implements AutoCloseable, AfterEachCallback {

    final TestStores stores;
    final ImapServer server;
    final Account alice;
    final Account bob;

    TestImapServer() {
        this(Map.of());
    }

    TestImapServer(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "node.hostname", "mx.test",
                "imap.listen", "127.0.0.1:0",
                "imap.imaps_listen", "127.0.0.1:0",
                "imap.allow_plaintext_auth", "true",
                "auth.delay", "0"));
        settings.putAll(overrides);
        stores = TestStores.temporary("junction-imap");
        try {
            alice = stores.account("alice@example.com", "secret", 0);
            bob = stores.account("bob@example.com", "secret", 0);
            stores.account("gone@example.com", "secret", 0);
            stores.directory().setState(MailAddress.parse("gone@example.com"), AccountState.DISABLED);
            Config config = Config.of(settings);
            SqlMailStore store = stores.mailStore();
            server = new ImapServer(config, stores.directory(), store, store, store, store.changes(), stores.blobs(),
                    store, () -> TestTls.SERVER, new AuthThrottle(config));
            server.start();
        } catch (IOException | RuntimeException e) {
            stores.closeAndDelete();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    ImapClient connect() throws IOException {
        return connect(ImapRole.IMAP);
    }

    ImapClient connect(ImapRole role) throws IOException {
        return new ImapClient(server.port(role).orElseThrow(), role.implicitTls());
    }

    /** A client logged in as alice (greeting and LOGIN read). */
    ImapClient alice() throws IOException {
        return connect().login("alice@example.com", "secret");
    }

    /** A client logged in as alice with {@code mailbox} selected. */
    ImapClient aliceIn(String mailbox) throws IOException {
        ImapClient c = alice();
        c.ok("SELECT " + mailbox);
        return c;
    }

    /** Puts a message into alice's INBOX, as delivery would (announced to selected sessions). */
    StoredMessage deliver(String content) {
        return deliver(alice, "INBOX", content, Set.of());
    }

    StoredMessage deliver(Account account, String mailbox, String content, Set<String> flags) {
        try {
            Mailbox m = stores.mailStore().mailbox(account.id(), mailbox).orElseThrow();
            return stores.mailStore().append(m.id(), stores.put(content), Instant.now(), flags, 0);
        } catch (MailboxException | OverQuotaException e) {
            throw new IllegalStateException(e);
        }
    }

    Mailbox inbox() {
        return mailbox(alice, "INBOX");
    }

    Mailbox mailbox(Account account, String name) {
        return stores.mailStore().mailbox(account.id(), name).orElseThrow();
    }

    List<StoredMessage> messages(Mailbox mailbox) {
        return stores.mailStore().messages(mailbox.id());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
        stores.closeAndDelete();
    }

}
