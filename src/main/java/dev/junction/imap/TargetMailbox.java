package dev.junction.imap;

import dev.junction.imap.protocol.ResponseCode;
import dev.junction.imap.protocol.SequenceSet;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxMessages;

import java.util.List;

/** The mailbox COPY, MOVE and APPEND put messages into, and the UIDPLUS data (RFC 4315) they answer with. */
final class TargetMailbox {

    private TargetMailbox() {
    }

    /**
     * The account's mailbox by that name. A missing one, or a {@code \Noselect} name, is
     * {@code NO [TRYCREATE]} (RFC 9051 6.3.12, 6.4.7): CREATE would make it one.
     */
    static Mailbox find(ImapSession session, String name) throws ImapException {
        return session.context().store().mailbox(session.account().id(), name)
                .filter(Mailbox::selectable)
                .orElseThrow(TargetMailbox::tryCreate);
    }

    static ImapException tryCreate() {
        return ImapException.no(ResponseCode.TRYCREATE, "Mailbox does not exist");
    }

    /** {@code COPYUID uidvalidity source-uids target-uids}: both in UID order, so their ranges pair up. */
    static ResponseCode copyUid(MailboxMessages.CopyResult result) {
        return ResponseCode.copyUid(result.uidValidity(), uids(result.sourceUids()), uids(result.targetUids()));
    }

    static SequenceSet uids(List<Long> ascending) {
        return SequenceSet.ofSorted(ascending.stream().mapToLong(Long::longValue).toArray());
    }
}
