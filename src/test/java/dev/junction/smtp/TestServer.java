package dev.junction.smtp;

import dev.junction.auth.AuthThrottle;
import dev.junction.config.Config;
import dev.junction.mail.MailAddress;
import dev.junction.queue.QueueEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A real SMTP server on ephemeral ports over in-memory seams, with one domain (example.com),
 * accounts alice and bob (password "secret"), a disabled account and an alias team.
 */
final class TestServer implements AutoCloseable {

    final MemoryDirectory directory = new MemoryDirectory();
    final MemoryBlobStore blobs = new MemoryBlobStore();
    final MemorySpool spool = new MemorySpool();
    final SmtpServer server;

    TestServer(Map<String, String> overrides) throws IOException {
        Map<String, String> settings = new HashMap<>(Map.of(
                "node.hostname", "mx.test",
                "smtp.listen", "127.0.0.1:0",
                "smtp.submission_listen", "127.0.0.1:0",
                "smtp.submissions_listen", "127.0.0.1:0",
                "smtp.relay_networks", "",
                "auth.delay", "0"));
        settings.putAll(overrides);
        directory.addDomain("example.com");
        directory.addAccount(MailAddress.parse("alice@example.com"), "Alice", "secret".toCharArray(), 0);
        directory.addAccount(MailAddress.parse("bob@example.com"), "Bob", "secret".toCharArray(), 0);
        directory.addAccount(MailAddress.parse("gone@example.com"), "Gone", "secret".toCharArray(), 0);
        directory.setState(MailAddress.parse("gone@example.com"), dev.junction.directory.AccountState.DISABLED);
        directory.addAlias(MailAddress.parse("team@example.com"),
                java.util.List.of(MailAddress.parse("alice@example.com"), MailAddress.parse("bob@example.com")));
        Config config = Config.of(settings);
        server = new SmtpServer(config, directory, blobs, spool, () -> TestTls.SERVER, new AuthThrottle(config));
        server.start();
    }

    TestServer() throws IOException {
        this(Map.of());
    }

    SmtpClient connect(ListenerRole role) throws IOException {
        return new SmtpClient(server.port(role).orElseThrow(), role.implicitTls());
    }

    /** The stored content of an entry, trace headers included. */
    String content(QueueEntry e) {
        try (var in = blobs.open(e.blob().id())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
