package dev.junction.imap.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** LIST, basic and LIST-EXTENDED (RFC 5258, RFC 5819 STATUS, RFC 6154 SPECIAL-USE), and LSUB. */
final class ListParser {

    private ListParser() {
    }

    /** {@code [SP list-select-opts] SP mailbox SP mbox-or-pat [SP list-return-opts]}. */
    static MailboxCommand list(Tokenizer t) throws IOException, ProtocolException {
        t.sp();
        boolean extended = false;
        Set<ListOptions.Selection> selection = EnumSet.noneOf(ListOptions.Selection.class);
        if (t.peek() == '(') {
            extended = true;
            for (String option : Terms.keywordList(t, true)) selection.add(selectionOption(option));
            if (selection.contains(ListOptions.Selection.RECURSIVEMATCH)
                    && !selection.contains(ListOptions.Selection.SUBSCRIBED)
                    && !selection.contains(ListOptions.Selection.SPECIAL_USE)) {
                throw ProtocolException.syntax("RECURSIVEMATCH needs another selection option");
            }
            t.sp();
        }
        String reference = Terms.mailbox(t);
        t.sp();
        List<String> patterns = new ArrayList<>();
        if (t.peek() == '(') {
            extended = true;
            t.open();
            do {
                patterns.add(Terms.listMailbox(t));
            } while (t.take(' '));
            t.close();
        } else {
            patterns.add(Terms.listMailbox(t));
        }
        Set<ListOptions.Return> returns = EnumSet.noneOf(ListOptions.Return.class);
        List<StatusItem> status = List.of();
        if (t.take(' ')) {
            extended = true;
            if (!t.takeWord("RETURN")) throw ProtocolException.syntax("expected RETURN");
            t.sp();
            t.open();
            if (!t.take(')')) {
                do {
                    String option = t.keyword();
                    ListOptions.Return r = returnOption(option);
                    if (r == ListOptions.Return.STATUS) {
                        t.sp();
                        status = MailboxParser.statusItems(t);
                    }
                    returns.add(r);
                } while (t.take(' '));
                t.close();
            }
        }
        return new MailboxCommand.ListMailboxes(reference, List.copyOf(patterns),
                new ListOptions(selection, returns, status), extended);
    }

    private static ListOptions.Selection selectionOption(String option) throws ProtocolException {
        return switch (option) {
            case "SUBSCRIBED" -> ListOptions.Selection.SUBSCRIBED;
            case "REMOTE" -> ListOptions.Selection.REMOTE;
            case "RECURSIVEMATCH" -> ListOptions.Selection.RECURSIVEMATCH;
            case "SPECIAL-USE" -> ListOptions.Selection.SPECIAL_USE;
            default -> throw ProtocolException.syntax("unknown selection option " + option);
        };
    }

    private static ListOptions.Return returnOption(String option) throws ProtocolException {
        return switch (option) {
            case "SUBSCRIBED" -> ListOptions.Return.SUBSCRIBED;
            case "CHILDREN" -> ListOptions.Return.CHILDREN;
            case "STATUS" -> ListOptions.Return.STATUS;
            case "SPECIAL-USE" -> ListOptions.Return.SPECIAL_USE;
            default -> throw ProtocolException.syntax("unknown return option " + option);
        };
    }

    static MailboxCommand lsub(Tokenizer t) throws IOException, ProtocolException {
        t.sp();
        String reference = Terms.mailbox(t);
        t.sp();
        return new MailboxCommand.Lsub(reference, Terms.listMailbox(t));
    }
}
