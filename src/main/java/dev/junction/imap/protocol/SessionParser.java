package dev.junction.imap.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Arguments of AUTHENTICATE, LOGIN, ENABLE and ID. */
final class SessionParser {

    /** RFC 2971 3.3: at most 30 pairs, field names of 30 octets, values of 1024. */
    private static final int ID_MAX_PAIRS = 30;
    private static final int ID_MAX_FIELD = 30;
    private static final int ID_MAX_VALUE = 1024;

    private SessionParser() {
    }

    static SessionCommand authenticate(Tokenizer t) throws ProtocolException {
        t.sp();
        String mechanism = t.keyword();
        if (!t.take(' ')) return new SessionCommand.Authenticate(mechanism, null);
        if (t.take('=')) return new SessionCommand.Authenticate(mechanism, "");
        String response = t.run(c -> Character.isLetterOrDigit(c) && c < 0x80 || c == '+' || c == '/' || c == '=');
        if (response.isEmpty()) throw ProtocolException.syntax("invalid initial response");
        return new SessionCommand.Authenticate(mechanism, response);
    }

    static SessionCommand login(Tokenizer t) throws IOException, ProtocolException {
        t.sp();
        String user = t.astring();
        t.sp();
        return new SessionCommand.Login(user, t.astring());
    }

    static SessionCommand enable(Tokenizer t) throws ProtocolException {
        List<String> capabilities = new ArrayList<>();
        do {
            t.sp();
            capabilities.add(t.keyword());
        } while (!t.atEnd());
        return new SessionCommand.Enable(List.copyOf(capabilities));
    }

    static SessionCommand id(Tokenizer t) throws IOException, ProtocolException {
        t.sp();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (t.takeWord("NIL")) return new SessionCommand.Id(parameters);
        t.open();
        if (!t.take(')')) {
            do {
                if (parameters.size() == ID_MAX_PAIRS) throw ProtocolException.syntax("too many ID parameters");
                String field = t.string();
                t.sp();
                String value = t.nstring();
                if (field.length() > ID_MAX_FIELD) throw ProtocolException.syntax("ID field name too long");
                if (value != null && value.length() > ID_MAX_VALUE) throw ProtocolException.syntax("ID value too long");
                parameters.put(field, value);
            } while (t.take(' '));
            t.close();
        }
        return new SessionCommand.Id(Collections.unmodifiableMap(parameters));
    }
}
