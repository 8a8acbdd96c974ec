package dev.junction.smtp;

import dev.junction.auth.AuthThrottle;
import dev.junction.config.Config;
import dev.junction.directory.AccountState;
import dev.junction.mail.MailAddress;
import dev.junction.queue.QueueEntry;
import dev.junction.queue.Spool;
import dev.junction.testing.CrashingSpool;
import dev.junction.testing.TestStores;
import dev.junction.testing.TestTls;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server on ephemeral ports over the real stores in a temp dir, with one domain
 * (example.com), accounts alice and bob (password "secret"), a disabled account gone and an
 * alias team. As a field with {@code @RegisterExtension} it serves one test and closes after it.
 */
final class TestServer implements AutoCloseable, AfterEachCallback {

    final TestStores stores;
    final SmtpServer server;

    TestServer() {
        this(Map.of());
    }

    TestServer(Map<String, String> overrides) {
        this(overrides, false);
    }

    /** A server whose spool fails every write, as a full disk or a lost database would. */
    static TestServer withBrokenSpool() {
        return new TestServer(Map.of(), true);
    }

    private TestServer(Map<String, String> overrides, boolean brokenSpool) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "node.hostname", "mx.test",
                "smtp.listen", "127.0.0.1:0",
                "smtp.submission_listen", "127.0.0.1:0",
                "smtp.submissions_listen", "127.0.0.1:0",
                "smtp.relay_networks", "",
                "auth.delay", "0"));
        settings.putAll(overrides);
        stores = TestStores.temporary("junction-smtp");
        try {
            stores.account("alice@example.com", "secret", 0);
            stores.account("bob@example.com", "secret", 0);
            stores.account("gone@example.com", "secret", 0);
            stores.directory().setState(MailAddress.parse("gone@example.com"), AccountState.DISABLED);
            stores.directory().addAlias(MailAddress.parse("team@example.com"),
                    List.of(MailAddress.parse("alice@example.com"), MailAddress.parse("bob@example.com")));
            Spool spool = brokenSpool ? new CrashingSpool(stores.spool(), 0).spool : stores.spool();
            Config config = Config.of(settings);
            server = new SmtpServer(config, stores.directory(), stores.blobs(), spool, () -> TestTls.SERVER,
                    new AuthThrottle(config));
            server.start();
        } catch (IOException | RuntimeException e) {
            stores.closeAndDelete();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    SmtpClient connect(ListenerRole role) throws IOException {
        return new SmtpClient(server.port(role).orElseThrow(), role.implicitTls());
    }

    /** What the server queued, oldest first. */
    List<QueueEntry> entries() {
        return stores.spool().list();
    }

    /** The stored content of an entry, trace headers included. */
    String content(QueueEntry e) {
        return stores.text(e.blob());
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
