package dev.junction.imap;

import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages;
import dev.junction.store.OverQuotaException;
import dev.junction.store.UidSet;

/**
 * COPY and UID COPY (RFC 9051 6.4.7) with UIDPLUS's {@code COPYUID} (RFC 4315). Allowed from a
 * mailbox opened with EXAMINE, since the source does not change. The copies count against the
 * account's quota; a copy into the selected mailbox shows as EXISTS in the catch-up after it.
 */
final class CopyCommand implements ImapHandler<MessageCommand.Copy> {

    @Override
    public Completion execute(ImapSession session, String tag, MessageCommand.Copy command) throws ImapException {
        SelectedMailbox selected = session.selected();
        UidSet uids = selected.uids(command.set(), command.uid());
        Mailbox target = TargetMailbox.find(session, command.mailbox());
        if (uids.isEmpty()) return Completion.ok("No messages copied");
        MailboxMessages.CopyResult result;
        try {
            result = session.context().messages().copy(selected.id(), uids, target.id(), session.account().quotaBytes());
        } catch (OverQuotaException e) {
            throw ImapException.no(ResponseCode.OVERQUOTA, "Quota exceeded");
        } catch (MailboxException e) {
            throw TargetMailbox.tryCreate();
        }
        if (result.sourceUids().isEmpty()) return Completion.ok("No messages copied");
        if (target.id() == selected.id()) selected.changedHere();
        return Completion.ok(TargetMailbox.copyUid(result), "COPY completed");
    }
}
