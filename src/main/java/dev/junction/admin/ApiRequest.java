package dev.junction.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.junction.mail.MailAddress;

import java.util.Map;

/** One admin request after routing: path parameters, query parameters and the (bounded) body. */
record ApiRequest(Map<String, String> path, Map<String, String> query, byte[] body, ObjectMapper json) {

    String param(String name) {
        return path.get(name);
    }

    MailAddress address(String name) {
        return parseAddress(path.get(name));
    }

    static MailAddress parseAddress(String text) {
        try {
            return MailAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + text + "' is not an address: " + e.getMessage());
        }
    }

    <T> T body(Class<T> type) {
        if (body.length == 0) throw ApiException.badRequest("a JSON body is required");
        try {
            return json.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown field '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("bad JSON: " + e.getOriginalMessage().replaceAll("\\s*\\(class [^)]*\\)", ""));
        } catch (java.io.IOException e) {
            throw ApiException.badRequest("bad JSON: " + e.getMessage());
        }
    }

    static <T> T required(String field, T value) {
        if (value == null || (value instanceof String s && s.isBlank())) throw ApiException.badRequest("'" + field + "' is required");
        return value;
    }
}
