package dev.junction.imap.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.util.CharsetUtil;

/**
 * Header values as people read them, for SEARCH and SORT: RFC 2047 encoded words decoded
 * (Mime4j), RFC 2231 extended parameters decoded. Unknown charsets and broken encodings fall back
 * to the raw text; nothing here throws on bad input.
 */
public final class HeaderDecoder {

    private HeaderDecoder() {
    }

    /** Decodes RFC 2047 encoded words; null stays null. */
    public static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return DecoderUtil.decodeEncodedWords(raw, DecodeMonitor.SILENT);
        } catch (RuntimeException e) {
            return raw;
        }
    }

    /**
     * Parameters by lower-case name with values decoded: {@code name*} values per RFC 2231
     * section 4 (charset'language'percent-encoded), other values as RFC 2047 encoded words, which
     * some mailers put in file names.
     */
    public static Map<String, String> parameters(List<Parameter> parameters) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Parameter p : Rfc2231Sections.join(parameters)) {
            String name = p.name().toLowerCase(Locale.ROOT);
            if (name.endsWith("*")) {
                out.put(name.substring(0, name.length() - 1), extended(p.value()));
            } else {
                out.putIfAbsent(name, decode(p.value()));
            }
        }
        return out;
    }

    /** One RFC 2231 extended value: {@code charset'language'text} with %XX escapes. */
    static String extended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return value;
        }
        Charset charset = charset(value.substring(0, first), StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String text = value.substring(second + 1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return new String(bytes.toByteArray(), charset);
    }

    /** The named charset (aliases as Mime4j knows them), or the fallback when unknown. */
    static Charset charset(String name, Charset fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        try {
            Charset c = CharsetUtil.lookup(name.strip());
            return c == null ? fallback : c;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
