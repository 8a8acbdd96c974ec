package dev.junction.store.sql;

import dev.junction.sql.Statements;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxName;
import dev.junction.store.MailboxTree.Listing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** LIST data (RFC 9051 7.3.1, RFC 5258, RFC 6154): every name with its attributes. */
final class Listings {

    private Listings() {
    }

    static List<Listing> list(Connection c, long accountId) throws SQLException {
        List<Mailbox> mailboxes = MailboxRows.all(c, accountId);
        Set<String> subscribed = new HashSet<>(Statements.list(c, "SELECT name FROM subscriptions WHERE account_id = ?",
                r -> r.getString(1), accountId));
        Map<String, Mailbox> byName = new TreeMap<>();
        for (Mailbox m : mailboxes) byName.put(m.name(), m);
        Set<String> names = new java.util.TreeSet<>(byName.keySet());
        names.addAll(subscribed);
        // Children are mailboxes (RFC 5258 4): a subscription to a missing "a/b" gives "a" none.
        Set<String> withInferiors = new HashSet<>();
        for (String n : byName.keySet()) withInferiors.addAll(MailboxName.superiors(n));
        List<Listing> out = new ArrayList<>(names.size());
        for (String n : names) {
            Mailbox m = byName.get(n);
            Set<String> attributes = new LinkedHashSet<>();
            if (m == null) attributes.add("\\NonExistent");
            else if (!m.selectable()) attributes.add("\\Noselect");
            attributes.add(withInferiors.contains(n) ? "\\HasChildren" : "\\HasNoChildren");
            if (subscribed.contains(n)) attributes.add("\\Subscribed");
            if (m != null && m.specialUse() != null) attributes.add(m.specialUse());
            out.add(new Listing(n, Set.copyOf(attributes), m));
        }
        return out;
    }
}
