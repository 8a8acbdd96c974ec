package dev.junction.imap;

import java.util.ArrayList;
import java.util.List;

/**
 * What the server advertises (RFC 9051 6.1.1). Before login: how to log in (STARTTLS,
 * LOGINDISABLED, AUTH=PLAIN); after login: the extensions. The list in docs/admin-guide.md
 * follows this one.
 */
final class Capabilities {

    /** Extensions offered once logged in, in the order CAPABILITY lists them. */
    private static final List<String> EXTENSIONS = List.of(
            "ENABLE", "ID", "IDLE", "NAMESPACE", "UNSELECT", "UIDPLUS", "MOVE", "CONDSTORE", "QRESYNC",
            "ESEARCH", "SEARCHRES", "WITHIN", "LIST-EXTENDED", "LIST-STATUS", "SPECIAL-USE", "CREATE-SPECIAL-USE",
            "CHILDREN", "QUOTA", "QUOTA=RES-STORAGE", "SORT", "SORT=DISPLAY",
            "THREAD=REFERENCES", "THREAD=ORDEREDSUBJECT", "BINARY", "MULTIAPPEND", "UTF8=ACCEPT", "STATUS=SIZE");

    private Capabilities() {
    }

    static List<String> of(ImapContext ctx, boolean tls, boolean authenticated) {
        List<String> caps = new ArrayList<>(List.of("IMAP4rev1", "IMAP4rev2"));
        caps.add(ctx.limits().literalMinus() ? "LITERAL-" : "LITERAL+");
        caps.add("SASL-IR");
        if (!authenticated) {
            caps.addAll(List.of("ENABLE", "ID", "IDLE"));
            if (!tls && ctx.tlsAvailable()) caps.add("STARTTLS");
            if (tls || ctx.allowPlaintextAuth()) caps.add("AUTH=PLAIN");
            else caps.add("LOGINDISABLED");
            return caps;
        }
        caps.addAll(EXTENSIONS);
        caps.add("APPENDLIMIT=" + ctx.limits().maxLiteralSize());
        return caps;
    }
}
