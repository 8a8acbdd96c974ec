package dev.junction.cli;

import dev.junction.admin.AdminServer;
import dev.junction.config.Config;
import dev.junction.directory.Account;
import dev.junction.mail.MailAddress;
import dev.junction.metrics.Metrics;
import dev.junction.store.OverQuotaException;
import dev.junction.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI against a real AdminServer on an ephemeral port, backed by the real stores in a temp dir. */
class AdminRoundTripTest {

    @TempDir
    Path dir;

    private TestStores stores;
    private final AtomicInteger wakes = new AtomicInteger();
    private AdminServer server;
    private String conf;

    @BeforeEach
    void start() throws Exception {
        Path data = dir.resolve("data");
        stores = TestStores.open(Files.createDirectories(data));
        server = new AdminServer(Config.of(Map.of("admin.listen", "127.0.0.1:0", "node.data_dir", data.toString())),
                stores.directory(), stores.spool(), stores.mailStore(), wakes::incrementAndGet, new Metrics());
        server.start();
        conf = Files.writeString(dir.resolve("junction.conf"),
                "node.data_dir = " + data + "\nadmin.listen = 127.0.0.1:" + server.port() + "\n").toString();
    }

    @AfterEach
    void stop() {
        server.close();
        stores.close();
    }

    /** Three messages, 2,048 bytes in all, in the account's INBOX. */
    private void threeMessages(Account a) throws OverQuotaException {
        for (int size : new int[] {1024, 512, 512}) {
            stores.mailStore().deliver(a.id(), "INBOX", stores.put("x".repeat(size)), Instant.now(), null, 0);
        }
    }

    private Run withStdin(String stdin, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "-c";
        all[1] = conf;
        System.arraycopy(args, 0, all, 2, args.length);
        return Run.of(stdin, Map.of(), all);
    }

    private Run junction(String... args) {
        return withStdin("", args);
    }

    @Test
    void domainsAndAccounts() throws OverQuotaException {
        assertThat(junction("admin", "domain", "add", "example.com").out()).isEqualTo("added domain example.com\n");
        assertThat(junction("admin", "domain", "list").out()).isEqualTo("DOMAIN\nexample.com\n");

        Run add = withStdin("s3cret pass\n", "admin", "account", "add", "alice@example.com", "--name", "Alice Liddell", "--quota", "1G");
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(stores.directory().authenticate("alice@example.com", "s3cret pass".toCharArray())).isPresent();
        Account alice = stores.directory().account(MailAddress.parse("alice@example.com")).orElseThrow();
        assertThat(stores.mailStore().mailboxes(alice.id())).isNotEmpty();
        threeMessages(alice);

        assertThat(junction("admin", "account", "list", "--domain", "example.com").out()).isEqualTo("""
                ADDRESS            NAME           STATE   QUOTA  USED  MESSAGES
                alice@example.com  Alice Liddell  active  1G     2K    3
                """);

        assertThat(withStdin("n3w\n", "admin", "account", "passwd", "alice@example.com", "--password-stdin").status()).isZero();
        assertThat(stores.directory().authenticate("alice@example.com", "n3w".toCharArray())).isPresent();

        assertThat(junction("admin", "account", "lock", "alice@example.com").out()).isEqualTo("locked alice@example.com\n");
        assertThat(junction("admin", "account", "list").out()).contains(" locked ");
        assertThat(junction("admin", "account", "disable", "alice@example.com").status()).isZero();
        assertThat(junction("admin", "account", "enable", "alice@example.com").status()).isZero();
        assertThat(junction("admin", "account", "list").out()).contains(" active ");

        Run refused = junction("admin", "domain", "remove", "example.com");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("junction: domain example.com still has 1 accounts, aliases or groups\n");

        assertThat(junction("admin", "account", "remove", "alice@example.com").status()).isZero();
        assertThat(stores.mailStore().mailboxes(alice.id())).isEmpty();
        assertThat(junction("admin", "domain", "remove", "example.com").status()).isZero();
    }

    @Test
    void emptyPasswordIsRefusedBeforeAnyRequest() {
        stores.directory().addDomain("example.com");
        Run r = withStdin("", "admin", "account", "add", "bob@example.com");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("no password on standard input");
        assertThat(stores.directory().accounts(null)).isEmpty();
    }

    @Test
    void aliasesAndGroups() {
        stores.directory().addDomain("example.com");
        assertThat(junction("admin", "alias", "add", "info@example.com", "a@example.com", "b@example.net").status()).isZero();
        assertThat(junction("admin", "alias", "list").out()).isEqualTo("ALIAS             TARGETS\ninfo@example.com  a@example.com, b@example.net\n");
        assertThat(junction("admin", "alias", "remove", "info@example.com").status()).isZero();

        assertThat(junction("admin", "group", "add", "team@example.com", "--name", "Team").status()).isZero();
        assertThat(junction("admin", "group", "add-member", "team@example.com", "x+tag@example.net").status()).isZero();
        assertThat(junction("admin", "group", "list").out()).contains("team@example.com  Team  x+tag@example.net");
        assertThat(junction("admin", "group", "remove-member", "team@example.com", "x+tag@example.net").status()).isZero();
        Run missing = junction("admin", "group", "remove-member", "team@example.com", "x+tag@example.net");
        assertThat(missing.err()).isEqualTo("junction: x+tag@example.net is not a member of team@example.com\n");
        assertThat(junction("admin", "group", "remove", "team@example.com").status()).isZero();
    }

    @Test
    void queue() {
        stores.queued("4F2A01", "a@example.net", "alice@example.com", "bob@example.org");
        Run list = junction("admin", "queue", "list");
        assertThat(list.out()).containsPattern("(?m)^4F2A01 +2026-11-29T20:00:00Z +1.2K +2/2 +<a@example.net> +alice@example.com \\(\\+1\\)$")
                .endsWith("1 message queued\n");
        assertThat(junction("admin", "queue", "show", "4F2A01").out()).contains("bob@example.org", "pending", "451 4.3.0 try later");
        assertThat(junction("admin", "queue", "hold", "4F2A01").status()).isZero();
        assertThat(stores.spool().get("4F2A01").orElseThrow().held()).isTrue();
        assertThat(junction("admin", "queue", "release", "4F2A01").status()).isZero();
        assertThat(junction("admin", "queue", "flush").out()).isEqualTo("2 recipient(s) due now\n");
        assertThat(wakes.get()).isEqualTo(2);
        assertThat(junction("admin", "queue", "delete", "4F2A01").status()).isZero();
        Run gone = junction("admin", "queue", "show", "4F2A01");
        assertThat(gone.status()).isEqualTo(1);
        assertThat(gone.err()).isEqualTo("junction: no queue entry 4F2A01\n");
    }

    @Test
    void serverNotRunningIsExplained() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        server.close();
        Files.writeString(Path.of(conf), "\nadmin.listen = 127.0.0.1:" + closedPort + "\n", java.nio.file.StandardOpenOption.APPEND);
        Run r = junction("admin", "domain", "list");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("junction: cannot reach the admin API at 127.0.0.1:" + closedPort + ": is `junction serve` running?\n");
    }
}
