package dev.junction.imap;

import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.ResponseCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Message flags (RFC 9051 2.3.2) as clients set them and as the session lists them: the five
 * system flags, then keywords in alphabetical order, so every FLAGS list reads the same way.
 */
final class FlagList {

    static final String RECENT = "\\Recent";

    private FlagList() {
    }

    /**
     * The flags a STORE or APPEND may set. {@code \Recent} belongs to the server (and is gone from
     * IMAP4rev2) and other {@code \}-names are not flags Junction knows: both are refused with BAD,
     * as Dovecot does, rather than dropped without a word.
     */
    static Set<String> storable(List<String> flags) throws ImapException {
        Set<String> out = new LinkedHashSet<>();
        for (String flag : flags) {
            if (flag.startsWith("\\") && !SelectCommand.SYSTEM_FLAGS.contains(flag)) {
                throw ImapException.bad(null, "Invalid system flag " + flag);
            }
            out.add(flag);
        }
        return out;
    }

    /**
     * System flags first, in RFC order, then {@code \Recent} when the message is recent in the
     * session (RFC 3501 2.3.2; it is never stored), then keywords sorted.
     */
    static List<String> ordered(Collection<String> flags, boolean recent) {
        List<String> out = new ArrayList<>();
        for (String system : SelectCommand.SYSTEM_FLAGS) {
            if (flags.contains(system)) out.add(system);
        }
        if (recent) out.add(RECENT);
        TreeSet<String> keywords = new TreeSet<>();
        for (String flag : flags) {
            if (!flag.startsWith("\\")) keywords.add(flag);
        }
        out.addAll(keywords);
        return out;
    }

    /** Adds {@code FLAGS (...)} to a FETCH response. */
    static ResponseBuilder write(ResponseBuilder r, Collection<String> flags, boolean recent) {
        r.atom("FLAGS").open();
        ordered(flags, recent).forEach(r::atom);
        return r.close();
    }

    /** The parenthesized list FETCH FLAGS gives. */
    static String text(Collection<String> flags, boolean recent) {
        return "(" + String.join(" ", ordered(flags, recent)) + ")";
    }

    /**
     * The FLAGS and PERMANENTFLAGS responses for a mailbox with these keywords (SELECT, and STORE
     * when it brought a keyword the mailbox did not have): a read-only mailbox permits nothing.
     */
    static void announce(ImapSession session, Collection<String> keywords, boolean readOnly) throws IOException {
        List<String> flags = new ArrayList<>(SelectCommand.SYSTEM_FLAGS);
        flags.addAll(new TreeSet<>(keywords));
        ResponseBuilder r = session.response().untagged().atom("FLAGS").open();
        flags.forEach(r::atom);
        session.write(r.close().end());
        List<String> permanent = new ArrayList<>();
        if (!readOnly) {
            permanent.addAll(flags);
            permanent.add("\\*");
        }
        session.write(session.response().untagged().condition(Condition.OK).code(ResponseCode.permanentFlags(permanent))
                .text("Flags permitted").end());
    }
}
