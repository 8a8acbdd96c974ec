package dev.junction.imap.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Arguments of SELECT/EXAMINE, CREATE, RENAME, STATUS and the QUOTA commands. */
final class MailboxParser {

    private MailboxParser() {
    }

    static String mailboxArgument(Tokenizer t) throws IOException, ProtocolException {
        t.sp();
        return Terms.mailbox(t);
    }

    /** {@code mailbox [SP "(" select-param *(SP select-param) ")"]}, RFC 7162 CONDSTORE and QRESYNC. */
    static MailboxCommand select(Tokenizer t, boolean readOnly) throws IOException, ProtocolException {
        String mailbox = mailboxArgument(t);
        boolean condstore = false;
        MailboxCommand.Qresync qresync = null;
        if (t.take(' ')) {
            t.open();
            do {
                String parameter = t.keyword();
                switch (parameter) {
                    case "CONDSTORE" -> condstore = true;
                    case "QRESYNC" -> {
                        if (qresync != null) throw ProtocolException.syntax("QRESYNC given twice");
                        t.sp();
                        qresync = qresync(t);
                    }
                    default -> throw ProtocolException.syntax("unknown parameter " + parameter);
                }
            } while (t.take(' '));
            t.close();
        }
        return new MailboxCommand.Select(mailbox, readOnly, condstore, qresync);
    }

    private static MailboxCommand.Qresync qresync(Tokenizer t) throws ProtocolException {
        t.open();
        long uidValidity = Terms.nzNumber(t);
        t.sp();
        long modSeq = Terms.number64(t);
        if (modSeq == 0) throw ProtocolException.syntax("expected a non-zero mod-sequence");
        SequenceSet knownUids = null;
        SequenceSet knownSequences = null;
        SequenceSet knownSequenceUids = null;
        if (t.take(' ') && t.peek() != '(') {
            knownUids = Terms.sequenceSet(t);
            if (!t.take(' ')) {
                t.close();
                return new MailboxCommand.Qresync(uidValidity, modSeq, knownUids, null, null);
            }
        }
        if (t.peek() == '(') {
            t.open();
            knownSequences = Terms.sequenceSet(t);
            t.sp();
            knownSequenceUids = Terms.sequenceSet(t);
            t.close();
        }
        t.close();
        return new MailboxCommand.Qresync(uidValidity, modSeq, knownUids, knownSequences, knownSequenceUids);
    }

    /** {@code mailbox [SP "(" "USE" SP "(" use-attrs ")" ")"]} (RFC 6154 CREATE-SPECIAL-USE). */
    static MailboxCommand create(Tokenizer t) throws IOException, ProtocolException {
        String mailbox = mailboxArgument(t);
        List<String> use = new ArrayList<>();
        if (t.take(' ')) {
            t.open();
            String parameter = t.keyword();
            if (!parameter.equals("USE")) throw ProtocolException.syntax("unknown parameter " + parameter);
            t.sp();
            for (String attribute : Terms.flagList(t)) {
                if (!attribute.startsWith("\\")) throw ProtocolException.syntax("invalid special-use attribute");
                use.add(attribute);
            }
            t.close();
        }
        return new MailboxCommand.Create(mailbox, List.copyOf(use));
    }

    static MailboxCommand rename(Tokenizer t) throws IOException, ProtocolException {
        String from = mailboxArgument(t);
        return new MailboxCommand.Rename(from, mailboxArgument(t));
    }

    static MailboxCommand status(Tokenizer t) throws IOException, ProtocolException {
        String mailbox = mailboxArgument(t);
        t.sp();
        return new MailboxCommand.Status(mailbox, statusItems(t));
    }

    /** {@code "(" status-att *(SP status-att) ")"}, also used by LIST RETURN (STATUS ...). */
    static List<StatusItem> statusItems(Tokenizer t) throws ProtocolException {
        List<StatusItem> items = new ArrayList<>();
        for (String name : Terms.keywordList(t, false)) {
            StatusItem item = StatusItem.of(name);
            if (item == null) throw ProtocolException.syntax("unknown status item " + name);
            items.add(item);
        }
        return List.copyOf(items);
    }

    static MailboxCommand getQuota(Tokenizer t) throws IOException, ProtocolException {
        t.sp();
        return new MailboxCommand.GetQuota(t.astring());
    }

    /** {@code quota-root SP "(" [resource SP number64 *(SP resource SP number64)] ")"} (RFC 9208). */
    static MailboxCommand setQuota(Tokenizer t) throws IOException, ProtocolException {
        t.sp();
        String root = t.astring();
        t.sp();
        Map<String, Long> limits = new LinkedHashMap<>();
        t.open();
        if (!t.take(')')) {
            do {
                String resource = t.atom().toUpperCase(Locale.ROOT);
                t.sp();
                limits.put(resource, Terms.number64(t));
            } while (t.take(' '));
            t.close();
        }
        return new MailboxCommand.SetQuota(root, Collections.unmodifiableMap(limits));
    }
}
