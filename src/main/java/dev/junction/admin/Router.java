package dev.junction.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a method and a path such as {@code /accounts/{address}/state} to a route. Path
 * segments are percent-decoded one by one, so an address may contain any character, '/' too.
 */
final class Router {

    interface Route {
        ApiResponse handle(ApiRequest request) throws Exception;
    }

    private record Entry(String method, String[] template, Route route) {
    }

    record Match(Route route, Map<String, String> params) {
    }

    private final List<Entry> entries = new ArrayList<>();

    Router add(String method, String template, Route route) {
        entries.add(new Entry(method, split(template), route));
        return this;
    }

    /** The route for the request; 404 when no path matches, 405 when only the method differs. */
    Match match(String method, List<String> segments) {
        boolean pathMatched = false;
        for (Entry e : entries) {
            Map<String, String> params = bind(e.template(), segments);
            if (params == null) continue;
            if (e.method().equals(method)) return new Match(e.route(), params);
            pathMatched = true;
        }
        if (pathMatched) throw new ApiException(405, "method " + method + " not allowed here");
        throw ApiException.notFound("no such endpoint");
    }

    private static Map<String, String> bind(String[] template, List<String> segments) {
        if (template.length != segments.size()) return null;
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) params.put(t.substring(1, t.length() - 1), segments.get(i));
            else if (!t.equals(segments.get(i))) return null;
        }
        return params;
    }

    private static String[] split(String template) {
        return template.substring(1).split("/");
    }
}
