package dev.junction.imap.protocol;

import java.util.List;
import java.util.Set;

/**
 * LIST-EXTENDED options (RFC 5258), with SPECIAL-USE (RFC 6154) and LIST-STATUS (RFC 5819).
 *
 * @param status the items of {@code RETURN (STATUS (...))}, empty unless {@link Return#STATUS}
 */
public record ListOptions(Set<Selection> selection, Set<Return> returns, List<StatusItem> status) {

    public static final ListOptions NONE = new ListOptions(Set.of(), Set.of(), List.of());

    public enum Selection { SUBSCRIBED, REMOTE, RECURSIVEMATCH, SPECIAL_USE }

    public enum Return { SUBSCRIBED, CHILDREN, STATUS, SPECIAL_USE }

    public ListOptions {
        selection = Set.copyOf(selection);
        returns = Set.copyOf(returns);
        status = List.copyOf(status);
    }
}
