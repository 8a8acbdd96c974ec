package dev.junction.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

/** Reads a running node's queue through its admin API, with the token from its data directory. */
final class QueueProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final NodeProcess node;

    QueueProbe(NodeProcess node) {
        this.node = node;
    }

    /** Recipients still PENDING over all queue entries (finished entries stay listed for now). */
    int pendingRecipients() throws IOException, InterruptedException {
        String token = Files.readString(node.dataDir().resolve("admin.token")).strip();
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.adminPort() + "/queue"))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IOException("GET /queue: " + response.statusCode() + " " + response.body());
        int pending = 0;
        for (JsonNode entry : JSON.readTree(response.body())) {
            for (JsonNode r : entry.get("recipients")) {
                if ("PENDING".equals(r.get("state").asText())) pending++;
            }
        }
        return pending;
    }
}
