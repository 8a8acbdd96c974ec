package dev.junction.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.junction.directory.DirectoryException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Per request: bearer token, bounded body, routing, and the one place where failures become
 * HTTP statuses. DirectoryException means the change conflicts with what exists (409); an
 * unexpected failure is a 500 whose detail goes to the log only.
 */
final class AdminDispatch {

    static final int MAX_BODY = 64 * 1024;
    private static final Logger LOG = Logger.getLogger("junction.admin");

    private final Router router;
    private final AdminToken token;
    private final ObjectMapper json;

    AdminDispatch(Router router, AdminToken token, ObjectMapper json) {
        this.router = router;
        this.token = token;
        this.json = json;
    }

    void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ApiResponse response;
            try {
                response = route(ex);
            } catch (ApiException e) {
                if (e.status() == 401) ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"junction\"");
                response = new ApiResponse(e.status(), Map.of("error", e.getMessage()), null);
            } catch (DirectoryException e) {
                response = new ApiResponse(409, Map.of("error", e.getMessage()), null);
            } catch (Exception e) {
                LOG.log(Level.SEVERE, ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + " failed", e);
                response = new ApiResponse(500, Map.of("error", "internal error; the server log has the detail"), null);
            }
            write(ex, response);
        }
    }

    private ApiResponse route(HttpExchange ex) throws Exception {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String presented = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : null;
        if (!token.matches(presented)) throw new ApiException(401, "missing or wrong bearer token (see <data_dir>/admin.token)");
        Router.Match match = router.match(ex.getRequestMethod(), segments(ex.getRequestURI().getRawPath()));
        ApiRequest request = new ApiRequest(match.params(), query(ex.getRequestURI().getRawQuery()), body(ex), json);
        return match.route().handle(request);
    }

    private void write(HttpExchange ex, ApiResponse r) throws IOException {
        if (r.body() == null) {
            AdminServer.send(ex, r.status(), null, new byte[0]);
        } else if (r.contentType() != null) {
            AdminServer.send(ex, r.status(), r.contentType(), r.body().toString().getBytes(StandardCharsets.UTF_8));
        } else {
            AdminServer.send(ex, r.status(), "application/json", json.writeValueAsBytes(r.body()));
        }
    }

    private static byte[] body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) throw new ApiException(413, "request body larger than " + MAX_BODY + " bytes");
            return body;
        }
    }

    static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) out.add(decode(s.replace("+", "%2B")));
        }
        return out;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw == null) return q;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) q.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return q;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad percent-encoding in " + s);
        }
    }
}
