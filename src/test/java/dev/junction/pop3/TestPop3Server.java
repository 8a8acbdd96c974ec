package dev.junction.pop3;

import dev.junction.auth.AuthThrottle;
import dev.junction.config.Config;
import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.mail.MailAddress;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;
import dev.junction.store.OverQuotaException;
import dev.junction.store.StoredMessage;
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
 * A real POP3 server on ephemeral ports over the real stores in a temp dir, with accounts alice
 * and bob (password "secret") and a disabled account gone. As a field with
 * {@code @RegisterExtension} it serves one test and closes after it.
 */
final class TestPop3Server implements AutoCloseable, AfterEachCallback {

    final TestStores stores;
    final Pop3Server server;
    final Account alice;

    TestPop3Server() {
        this(Map.of());
    }

    TestPop3Server(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "node.hostname", "mx.test",
                "pop3.listen", "127.0.0.1:0",
                "pop3.pop3s_listen", "127.0.0.1:0",
                "auth.delay", "0"));
        settings.putAll(overrides);
        stores = TestStores.temporary("junction-pop3");
        try {
            alice = stores.account("alice@example.com", "secret", 0);
            stores.account("bob@example.com", "secret", 0);
            stores.account("gone@example.com", "secret", 0);
            stores.directory().setState(MailAddress.parse("gone@example.com"), AccountState.DISABLED);
            Config config = Config.of(settings);
            server = new Pop3Server(config, stores.directory(), stores.mailStore(), stores.mailStore(), stores.blobs(),
                    () -> TestTls.SERVER, new AuthThrottle(config));
            server.start();
        } catch (IOException | RuntimeException e) {
            stores.closeAndDelete();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    Pop3Client connect(Pop3Role role) throws IOException {
        return new Pop3Client(server.port(role).orElseThrow(), role.implicitTls());
    }

    /** Puts a message into alice's INBOX, as delivery would. */
    StoredMessage deliver(String content) {
        try {
            return stores.mailStore().append(inbox().id(), stores.put(content), Instant.now(), Set.of(), 0);
        } catch (MailboxException | OverQuotaException e) {
            throw new IllegalStateException(e);
        }
    }

    Mailbox inbox() {
        return stores.mailStore().mailbox(alice.id(), "INBOX").orElseThrow();
    }

    List<StoredMessage> messages() {
        return stores.inbox(alice.id());
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
