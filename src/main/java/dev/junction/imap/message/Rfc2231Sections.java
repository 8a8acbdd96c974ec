package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins RFC 2231 parameter continuations ({@code name*0*=utf-8''a; name*1=b}) into one parameter
 * where the first section stood, as Dovecot shows them in BODYSTRUCTURE: {@code name*} with the
 * still-encoded value when the first section is extended, plain {@code name} otherwise.
 * Character set decoding is left to {@link HeaderDecoder}.
 */
final class Rfc2231Sections {

    private static final Pattern SECTION = Pattern.compile("(.+)\\*(\\d{1,3})(\\*?)");

    private Rfc2231Sections() {
    }

    static List<Parameter> join(List<Parameter> parameters) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        Map<String, Boolean> extended = new LinkedHashMap<>();
        Map<String, String> nameCase = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Parameter p : parameters) {
            Matcher m = SECTION.matcher(p.name());
            if (!m.matches()) {
                order.add(p);
                continue;
            }
            String base = m.group(1).toLowerCase(Locale.ROOT);
            int index = Integer.parseInt(m.group(2));
            List<String> values = sections.get(base);
            if (values == null) {
                values = new ArrayList<>();
                sections.put(base, values);
                order.add(base);
                extended.put(base, false);
                nameCase.put(base, m.group(1));
            }
            while (values.size() <= index) {
                values.add(null);
            }
            values.set(index, p.value());
            if (index == 0) {
                extended.put(base, !m.group(3).isEmpty());
            }
        }
        if (sections.isEmpty()) {
            return parameters;
        }
        List<Parameter> out = new ArrayList<>();
        for (Object o : order) {
            if (o instanceof Parameter p) {
                out.add(p);
                continue;
            }
            String base = (String) o;
            StringBuilder value = new StringBuilder();
            for (String v : sections.get(base)) {
                if (v == null) {
                    break; // a missing section ends the value (RFC 2231 section 3)
                }
                value.append(v);
            }
            String name = nameCase.get(base);
            out.add(new Parameter(extended.get(base) ? name + "*" : name, value.toString()));
        }
        return out;
    }
}
