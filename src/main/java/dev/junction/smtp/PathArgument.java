package dev.junction.smtp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The argument of MAIL and RCPT: {@code FROM:<path> KEY=VALUE ...} (RFC 5321 4.1.2).
 * The path is returned without angle brackets and without an RFC 5321 source route
 * ({@code @relay,@relay:}); parameter keywords are upper-cased.
 */
record PathArgument(String path, Map<String, String> parameters) {

    /**
     * @param keyword  "FROM" or "TO"
     * @param extended the client greeted with EHLO; after HELO, parameters are refused with 555
     *                 (RFC 5321 4.1.1.11: they belong to the service extensions EHLO announced)
     * @throws SmtpException SYNTAX when the argument is not {@code keyword:<path> params}
     */
    static PathArgument parse(String argument, String keyword, boolean extended) throws SmtpException {
        String prefix = keyword + ":";
        if (!argument.regionMatches(true, 0, prefix, 0, prefix.length())) throw new SmtpException(SmtpError.SYNTAX);
        int i = prefix.length();
        while (i < argument.length() && argument.charAt(i) == ' ') i++;  // tolerated: "MAIL FROM: <a@b>"
        if (i >= argument.length() || argument.charAt(i) != '<') throw new SmtpException(SmtpError.SYNTAX);
        int close = closingBracket(argument, i + 1);
        String path = withoutSourceRoute(argument.substring(i + 1, close));
        Map<String, String> parameters = parameters(argument.substring(close + 1));
        if (!extended && !parameters.isEmpty()) {
            throw new SmtpException(SmtpError.UNKNOWN_PARAMETER, "ESMTP parameters require EHLO");
        }
        return new PathArgument(path, parameters);
    }

    private static int closingBracket(String s, int from) throws SmtpException {
        boolean quoted = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '>') {
                return i;
            } else if (!quoted && (c == '<' || c == ' ')) {
                break;
            }
        }
        throw new SmtpException(SmtpError.SYNTAX);
    }

    private static String withoutSourceRoute(String path) {
        if (!path.startsWith("@")) return path;
        int colon = path.indexOf(':');
        return colon < 0 ? path : path.substring(colon + 1);
    }

    private static Map<String, String> parameters(String text) throws SmtpException {
        if (text.isEmpty()) return Map.of();
        if (text.charAt(0) != ' ') throw new SmtpException(SmtpError.SYNTAX);
        Map<String, String> params = new LinkedHashMap<>();
        for (String word : text.strip().split(" +")) {
            int eq = word.indexOf('=');
            String key = (eq < 0 ? word : word.substring(0, eq)).toUpperCase(Locale.ROOT);
            String value = eq < 0 ? null : word.substring(eq + 1);
            if (key.isEmpty() || !key.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 0x80 || c == '-')) {
                throw new SmtpException(SmtpError.SYNTAX);
            }
            if (value != null && (value.isEmpty() || value.chars().anyMatch(c -> c < 0x21 || c == '=' || c == 0x7f))) {
                throw new SmtpException(SmtpError.SYNTAX);
            }
            if (params.containsKey(key)) throw new SmtpException(SmtpError.SYNTAX);
            params.put(key, value);
        }
        return Collections.unmodifiableMap(params);
    }
}
