package dev.junction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junction.admin.AdminSettings;
import dev.junction.admin.AdminToken;
import dev.junction.config.Config;
import dev.junction.config.Listen;
import dev.junction.config.NodeSettings;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/** The CLI's side of the admin API: one JSON request per call, failures as one clear line. */
final class AdminClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String where;
    private final String token;

    AdminClient(String host, int port, String token) {
        String h = host.contains(":") ? "[" + host + "]" : host;
        this.where = h + ":" + port;
        this.base = "http://" + where;
        this.token = token;
    }

    /** Reaches the node through admin.listen (a wildcard address means loopback) with its token. */
    static AdminClient forConfig(Config config) {
        Listen listen = config.get(AdminSettings.LISTEN);
        if (!listen.enabled()) throw new CliException("the admin API is off (admin.listen = off)");
        String host = switch (listen.host()) {
            case "0.0.0.0", "" -> "127.0.0.1";
            case "::", "0:0:0:0:0:0:0:0" -> "::1";
            default -> listen.host();
        };
        Path dataDir = config.get(NodeSettings.DATA_DIR);
        try {
            return new AdminClient(host, listen.port(), AdminToken.read(dataDir).value());
        } catch (NoSuchFileException e) {
            throw new CliException("no admin token at " + AdminToken.file(dataDir)
                    + ": has `junction serve` run with this configuration (node.data_dir = " + dataDir + ")?");
        } catch (AccessDeniedException e) {
            throw new CliException("cannot read " + AdminToken.file(dataDir) + ": permission denied; run as the user that runs `junction serve`");
        } catch (IOException e) {
            throw new CliException("cannot read the admin token: " + e.getMessage());
        }
    }

    /** One path segment, percent-encoded so addresses with '+', '/' or '%' survive. */
    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A listing path, narrowed to one domain when one is given. */
    static String inDomain(String path, String domain) {
        return domain == null ? path : path + "?domain=" + segment(domain);
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, publisher).build();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode reply = r.body().length == 0 ? null : parse(r.body());
            if (r.statusCode() >= 400) {
                String error = reply != null && reply.hasNonNull("error") ? reply.get("error").asText() : "HTTP " + r.statusCode();
                throw new CliException(error);
            }
            return reply;
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new CliException("cannot reach the admin API at " + where + ": is `junction serve` running?");
        } catch (IOException e) {
            throw new CliException("admin API at " + where + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
