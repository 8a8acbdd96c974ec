package dev.junction.imap;

import dev.junction.imap.protocol.ListOptions;
import dev.junction.imap.protocol.ListOptions.Return;
import dev.junction.imap.protocol.ListOptions.Selection;
import dev.junction.imap.protocol.MailboxPattern;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxName;
import dev.junction.store.MailboxTree.Listing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which names LIST and LSUB return, with which attributes (RFC 9051 6.3.9, RFC 5258
 * LIST-EXTENDED, RFC 6154 SPECIAL-USE, RFC 3501 6.3.9 LSUB), worked out from the store's
 * {@link dev.junction.store.MailboxTree#list} without further reads.
 *
 * <p>A name is listed when a pattern matches it and it meets the selection criteria (it exists;
 * or, with SUBSCRIBED and SPECIAL-USE, it is subscribed and has a special use), or, under
 * RECURSIVEMATCH, when it has an inferior that meets them but that no pattern matches. Such a
 * parent need not exist: a subscription "a/b" alone makes "a" a \NonExistent line.
 */
final class MailboxListing {

    static final String NOSELECT = "\\Noselect";
    static final String NONEXISTENT = "\\NonExistent";
    static final String HAS_CHILDREN = "\\HasChildren";
    static final String HAS_NO_CHILDREN = "\\HasNoChildren";
    static final String SUBSCRIBED = "\\Subscribed";

    /** How the client asked, which decides the attributes it gets. */
    enum Form {
        /** LIST without extended syntax: child and special-use attributes always, as Dovecot gives them. */
        BASIC,
        /** LIST with selection options, a pattern list or RETURN: only the attributes asked for (RFC 5258). */
        EXTENDED,
        /** LSUB: special uses, and \Noselect for what cannot be selected or is listed only for its inferiors. */
        LSUB
    }

    /**
     * One LIST or LSUB line.
     *
     * @param childInfo the CHILDINFO extended data (RFC 5258 3.5), empty when there is none
     * @param mailbox   the mailbox row, null for a name that does not exist
     */
    record Line(String name, List<String> attributes, List<String> childInfo, Mailbox mailbox) {

        /** A mailbox with messages, so LIST-STATUS reports on it. */
        boolean selectable() {
            return mailbox != null && mailbox.selectable();
        }
    }

    private MailboxListing() {
    }

    /** The lines for the account's names, sorted by name. LSUB passes SUBSCRIBED (and RECURSIVEMATCH). */
    static List<Line> select(List<Listing> listings, List<MailboxPattern> patterns, ListOptions options, Form form) {
        Set<Selection> selection = options.selection();
        boolean recursive = selection.contains(Selection.RECURSIVEMATCH);
        Map<String, Listing> byName = new TreeMap<>();
        for (Listing l : listings) byName.put(l.name(), l);
        TreeSet<String> names = new TreeSet<>(byName.keySet());
        Set<String> aboveMatch = new HashSet<>();
        Set<String> aboveHiddenMatch = new HashSet<>();
        if (recursive) {
            for (Listing l : listings) {
                if (!meetsCriteria(l, selection)) continue;
                boolean hidden = !matchesAny(patterns, l.name());
                for (String superior : MailboxName.superiors(l.name())) {
                    names.add(superior);
                    aboveMatch.add(superior);
                    if (hidden) aboveHiddenMatch.add(superior);
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (String name : names) {
            if (!matchesAny(patterns, name)) continue;
            Listing l = byName.get(name);
            boolean meets = l != null && meetsCriteria(l, selection);
            if (!meets && !aboveHiddenMatch.contains(name)) continue;
            List<String> childInfo = form == Form.EXTENDED && aboveMatch.contains(name) ? childInfo(selection) : List.of();
            lines.add(new Line(name, attributes(l, meets, options, form), childInfo, l == null ? null : l.mailbox()));
        }
        return lines;
    }

    /** {@code * LIST (attributes) "/" name [("CHILDINFO" (...))]}, or LSUB. */
    static ResponseBuilder encode(ResponseBuilder r, String verb, Line line) {
        r.untagged().atom(verb).open();
        line.attributes().forEach(r::atom);
        r.close().string(String.valueOf(MailboxName.DELIMITER)).mailbox(line.name());
        if (!line.childInfo().isEmpty()) {
            r.open().string("CHILDINFO").open();
            line.childInfo().forEach(r::string);
            r.close().close();
        }
        return r.end();
    }

    private static boolean matchesAny(List<MailboxPattern> patterns, String name) {
        for (MailboxPattern p : patterns) {
            if (p.matches(name)) return true;
        }
        return false;
    }

    /** Selection options combine as AND (RFC 5258 3); without any, a name must exist. */
    private static boolean meetsCriteria(Listing l, Set<Selection> selection) {
        boolean subscribed = selection.contains(Selection.SUBSCRIBED);
        boolean specialUse = selection.contains(Selection.SPECIAL_USE);
        if (!subscribed && !specialUse) return l.mailbox() != null;
        return (!subscribed || l.attributes().contains(SUBSCRIBED))
                && (!specialUse || (l.mailbox() != null && l.mailbox().specialUse() != null));
    }

    private static List<String> childInfo(Set<Selection> selection) {
        List<String> criteria = new ArrayList<>();
        if (selection.contains(Selection.SUBSCRIBED)) criteria.add("SUBSCRIBED");
        if (selection.contains(Selection.SPECIAL_USE)) criteria.add("SPECIAL-USE");
        return criteria;
    }

    private static List<String> attributes(Listing l, boolean meets, ListOptions options, Form form) {
        List<String> a = new ArrayList<>();
        Mailbox m = l == null ? null : l.mailbox();
        if (m == null) a.add(form == Form.EXTENDED ? NONEXISTENT : NOSELECT);
        else if (!m.selectable() || (form == Form.LSUB && !meets)) a.add(NOSELECT);
        if (form == Form.BASIC || options.returns().contains(Return.CHILDREN)) {
            // A name the store does not know has no mailbox below it: the store keeps every superior of one.
            a.add(l != null && l.attributes().contains(HAS_CHILDREN) ? HAS_CHILDREN : HAS_NO_CHILDREN);
        }
        boolean subscribedAsked = options.selection().contains(Selection.SUBSCRIBED)
                || options.returns().contains(Return.SUBSCRIBED);
        if (form == Form.EXTENDED && subscribedAsked && l != null && l.attributes().contains(SUBSCRIBED)) {
            a.add(SUBSCRIBED);
        }
        boolean specialUseAsked = form != Form.EXTENDED || options.selection().contains(Selection.SPECIAL_USE)
                || options.returns().contains(Return.SPECIAL_USE);
        if (specialUseAsked && m != null && m.specialUse() != null) a.add(m.specialUse());
        return a;
    }
}
