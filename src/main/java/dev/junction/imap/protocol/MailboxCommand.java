package dev.junction.imap.protocol;

import java.util.List;
import java.util.Map;

/**
 * Commands on mailboxes as a whole (RFC 9051 6.3), with QUOTA (RFC 9208). Names are decoded:
 * modified UTF-7 or UTF-8 on the wire, Java strings here; INBOX in any case is "INBOX".
 */
public sealed interface MailboxCommand extends ImapCommand {

    /**
     * SELECT or EXAMINE ({@code readOnly}), with CONDSTORE and QRESYNC parameters (RFC 7162).
     *
     * @param qresync null unless the client sent {@code (QRESYNC (...))}
     */
    record Select(String mailbox, boolean readOnly, boolean condstore, Qresync qresync) implements MailboxCommand {
    }

    /**
     * {@code QRESYNC (uidvalidity modseq [known-uids] [(known-sequence-set known-uid-set)])}; the
     * optional parts are null when absent.
     */
    record Qresync(long uidValidity, long modSeq, SequenceSet knownUids, SequenceSet knownSequences,
                   SequenceSet knownSequenceUids) {
    }

    /** @param specialUse the {@code USE (...)} attributes (RFC 6154), e.g. {@code \Sent} */
    record Create(String mailbox, List<String> specialUse) implements MailboxCommand {
    }

    record Delete(String mailbox) implements MailboxCommand {
    }

    record Rename(String from, String to) implements MailboxCommand {
    }

    record Subscribe(String mailbox) implements MailboxCommand {
    }

    record Unsubscribe(String mailbox) implements MailboxCommand {
    }

    /**
     * LIST, basic or extended ({@code extended} when the client used any LIST-EXTENDED syntax,
     * which changes the reply rules of RFC 5258).
     */
    record ListMailboxes(String reference, List<String> patterns, ListOptions options, boolean extended)
            implements MailboxCommand {
    }

    record Lsub(String reference, String pattern) implements MailboxCommand {
    }

    record Status(String mailbox, List<StatusItem> items) implements MailboxCommand {
    }

    record GetQuota(String root) implements MailboxCommand {
    }

    record GetQuotaRoot(String mailbox) implements MailboxCommand {
    }

    /** @param limits resource name in upper case (STORAGE, MESSAGE, ...) to its limit, in order */
    record SetQuota(String root, Map<String, Long> limits) implements MailboxCommand {
    }
}
