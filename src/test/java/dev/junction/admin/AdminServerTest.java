package dev.junction.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junction.config.Config;
import dev.junction.metrics.Metrics;
import dev.junction.testing.MutableClock;
import dev.junction.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class AdminServerTest {

    @TempDir
    Path dataDir;

    /** Between the received time and the next attempt of {@link TestStores#queued} entries. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T20:30:00Z"));
    private TestStores stores;
    private final AtomicInteger wakes = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private AdminServer server;
    private String token;

    record Reply(int status, JsonNode json, String text) {
    }

    @BeforeEach
    void start() throws Exception {
        Config config = Config.of(Map.of("admin.listen", "127.0.0.1:0", "node.data_dir", dataDir.toString()));
        stores = TestStores.open(dataDir, clock);
        server = new AdminServer(config, stores.directory(), stores.spool(), stores.mailStore(), wakes::incrementAndGet, new Metrics());
        server.start();
        token = AdminToken.read(dataDir).value();
    }

    @AfterEach
    void stop() {
        server.close();
        stores.close();
    }

    private Reply call(String method, String path, String body) throws Exception {
        return call(method, path, body, "Bearer " + token);
    }

    private Reply call(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) b.header("Authorization", authorization);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        boolean isJson = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        return new Reply(r.statusCode(), isJson ? json.readTree(r.body()) : null, r.body());
    }

    private void domainWithAccount() throws Exception {
        assertThat(call("POST", "/domains", "{\"name\":\"Example.COM\"}").status()).isEqualTo(201);
        assertThat(call("POST", "/accounts", "{\"address\":\"alice@example.com\",\"name\":\"Alice\",\"password\":\"s3cret\",\"quota\":\"1G\"}").status()).isEqualTo(201);
    }

    @Test
    void tokenFileIsPrivate() throws Exception {
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(AdminToken.file(dataDir)))).isEqualTo("rw-------");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"none", "Bearer wrong", "Basic YWRtaW46YWRtaW4="})
    void requestsWithoutTheTokenAreRefused(String authorization) throws Exception {
        Reply r = call("GET", "/domains", null, authorization);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).contains("bearer token");
        assertThat(stores.directory().domains()).isEmpty();
    }

    @Test
    void domains() throws Exception {
        assertThat(call("POST", "/domains", "{\"name\":\"example.com\"}").json().get("name").asText()).isEqualTo("example.com");
        assertThat(call("GET", "/domains", null).json().toString()).isEqualTo("[{\"name\":\"example.com\"}]");
        assertThat(call("POST", "/domains", "{\"name\":\"example.com\"}").status()).isEqualTo(409);
        assertThat(call("POST", "/domains", "{\"name\":\"bad domain\"}").status()).isEqualTo(400);
        assertThat(call("DELETE", "/domains/example.org", null).status()).isEqualTo(404);
        assertThat(call("DELETE", "/domains/example.com", null).status()).isEqualTo(204);
        assertThat(stores.directory().domains()).isEmpty();
    }

    @Test
    void domainWithAccountsCannotBeRemoved() throws Exception {
        domainWithAccount();
        Reply r = call("DELETE", "/domains/example.com", null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("error").asText()).isEqualTo("domain example.com still has 1 accounts, aliases or groups");
    }

    @Test
    void accountLifecycle() throws Exception {
        domainWithAccount();
        JsonNode alice = call("GET", "/accounts/alice@example.com", null).json();
        assertThat(alice.get("name").asText()).isEqualTo("Alice");
        assertThat(alice.get("quota").asLong()).isEqualTo(1L << 30);
        assertThat(alice.get("state").asText()).isEqualTo("ACTIVE");
        long aliceId = alice.get("id").asLong();
        assertThat(stores.mailStore().mailboxes(aliceId)).isNotEmpty();
        assertThat(stores.directory().authenticate("alice@example.com", "s3cret".toCharArray())).isPresent();

        assertThat(call("GET", "/accounts?domain=example.com", null).json()).hasSize(1);
        assertThat(call("GET", "/accounts?domain=example.org", null).json()).isEmpty();

        assertThat(call("PUT", "/accounts/alice@example.com/password", "{\"password\":\"n3w\"}").status()).isEqualTo(204);
        assertThat(stores.directory().authenticate("alice@example.com", "n3w".toCharArray())).isPresent();
        assertThat(stores.directory().authenticate("alice@example.com", "s3cret".toCharArray())).isEmpty();

        assertThat(call("PUT", "/accounts/ALICE@example.com/state", "{\"state\":\"locked\"}").json().get("state").asText()).isEqualTo("LOCKED");
        assertThat(call("PUT", "/accounts/alice@example.com/quota", "{\"quota\":\"500M\"}").json().get("quota").asLong()).isEqualTo(500L << 20);

        assertThat(call("DELETE", "/accounts/alice@example.com", null).status()).isEqualTo(204);
        assertThat(stores.mailStore().mailboxes(aliceId)).isEmpty();
        assertThat(call("GET", "/accounts/alice@example.com", null).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            POST | /accounts                           | {"address":"bob@example.com","password":"x"}        | 409 | bob@example.com already exists
            POST | /accounts                           | {"address":"carol@example.org","password":"x"}      | 409 | example.org is not a local domain
            POST | /accounts                           | {"address":"dave@example.com"}                      | 400 | 'password' is required
            POST | /accounts                           | {"address":"not an address","password":"x"}         | 400 | is not an address
            POST | /accounts                           | {"address":"eve@example.com","password":"x","quota":"lots"} | 400 | quota 'lots' is not a size
            POST | /accounts                           | {"address":"eve@example.com","pasword":"x"}         | 400 | unknown field 'pasword'
            POST | /accounts                           | {"address":                                         | 400 | bad JSON
            PUT  | /accounts/nobody@example.com/password | {"password":"x"}                                  | 404 | no account nobody@example.com
            PUT  | /accounts/bob@example.com/state     | {"state":"sleeping"}                                | 400 | state must be one of
            DELETE | /accounts/nobody@example.com      |                                                     | 404 | no account
            GET  | /nothing                            |                                                     | 404 | no such endpoint
            PATCH | /accounts                          |                                                     | 405 | not allowed
            """)
    void errorsAreMappedToStatuses(String method, String path, String body, int status, String error) throws Exception {
        call("POST", "/domains", "{\"name\":\"example.com\"}");
        call("POST", "/accounts", "{\"address\":\"bob@example.com\",\"password\":\"x\"}");
        Reply r = call(method, path, body);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.json().get("error").asText()).contains(error);
    }

    @Test
    void oversizedBodyIsRefused() throws Exception {
        Reply r = call("POST", "/domains", "{\"name\":\"" + "a".repeat(AdminDispatch.MAX_BODY) + "\"}");
        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void aliases() throws Exception {
        domainWithAccount();
        assertThat(call("POST", "/aliases", "{\"address\":\"info@example.com\",\"targets\":[\"alice@example.com\",\"x@example.net\"]}").status()).isEqualTo(201);
        assertThat(call("GET", "/aliases", null).json().get(0).get("targets")).hasSize(2);
        assertThat(call("POST", "/aliases", "{\"address\":\"info2@example.com\",\"targets\":[]}").status()).isEqualTo(400);
        assertThat(call("DELETE", "/aliases/sales@example.com", null).status()).isEqualTo(404);
        assertThat(call("DELETE", "/aliases/info@example.com", null).status()).isEqualTo(204);
        assertThat(stores.directory().aliases(null)).isEmpty();
    }

    @Test
    void groupsAndMembers() throws Exception {
        domainWithAccount();
        assertThat(call("POST", "/groups", "{\"address\":\"team@example.com\",\"name\":\"Team\"}").status()).isEqualTo(201);
        Reply added = call("POST", "/groups/team@example.com/members", "{\"address\":\"alice@example.com\"}");
        assertThat(added.json().get("members").toString()).isEqualTo("[\"alice@example.com\"]");
        assertThat(call("POST", "/groups/team@example.com/members", "{\"address\":\"alice@example.com\"}").status()).isEqualTo(409);
        assertThat(call("DELETE", "/groups/team@example.com/members/bob@example.com", null).status()).isEqualTo(404);
        assertThat(call("DELETE", "/groups/team@example.com/members/alice@example.com", null).status()).isEqualTo(204);
        assertThat(call("GET", "/groups?domain=example.com", null).json().get(0).get("members")).isEmpty();
        assertThat(call("DELETE", "/groups/ghosts@example.com", null).status()).isEqualTo(404);
        assertThat(call("DELETE", "/groups/team@example.com", null).status()).isEqualTo(204);
    }

    @Test
    void queue() throws Exception {
        stores.queued("4F2A01", "a@example.net", "alice@example.com", "bob@example.org");
        stores.queued("4F2A02", "b@example.net", "carol@example.com");

        JsonNode list = call("GET", "/queue", null).json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("from").asText()).isEqualTo("<a@example.net>");
        assertThat(list.get(0).get("recipients").get(1).get("lastReply").asText()).isEqualTo("451 4.3.0 try later");

        assertThat(call("GET", "/queue/4F2A01", null).json().get("size").asLong()).isEqualTo(1234);
        assertThat(call("GET", "/queue/NOPE", null).status()).isEqualTo(404);
        assertThat(call("POST", "/queue/4F2A01/hold", null).json().get("held").asBoolean()).isTrue();
        assertThat(call("POST", "/queue/4F2A01/release", null).json().get("held").asBoolean()).isFalse();
        assertThat(call("POST", "/queue/NOPE/hold", null).status()).isEqualTo(404);

        assertThat(stores.spool().due(clock.instant(), 10)).isEmpty();
        assertThat(call("POST", "/queue/4F2A01/flush", null).json().get("flushed").asInt()).isEqualTo(2);
        assertThat(stores.spool().due(clock.instant(), 10)).extracting(e -> e.queueId()).containsExactly("4F2A01");
        assertThat(call("POST", "/queue/flush", null).json().get("flushed").asInt()).isEqualTo(3);
        assertThat(stores.spool().due(clock.instant(), 10)).extracting(e -> e.queueId()).containsExactly("4F2A01", "4F2A02");
        assertThat(wakes.get()).isEqualTo(3); // release, flush one, flush all

        assertThat(call("DELETE", "/queue/4F2A02", null).status()).isEqualTo(204);
        assertThat(call("DELETE", "/queue/4F2A02", null).status()).isEqualTo(404);
    }

    @Test
    void metricsInPrometheusFormat() throws Exception {
        stores.queued("4F2A01", "a@example.net", "alice@example.com");
        Reply r = call("GET", "/metrics", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("# TYPE junction_queue_entries gauge\njunction_queue_entries 1\n");
    }
}
