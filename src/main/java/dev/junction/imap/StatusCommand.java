package dev.junction.imap;

import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.imap.protocol.StatusItem;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxStatus;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * STATUS (RFC 9051 6.3.11) with RECENT (RFC 3501: the messages no session has had as recent yet;
 * 0 under IMAP4rev2, which has no {@code \Recent}), HIGHESTMODSEQ (RFC 7162), SIZE (RFC 8438),
 * APPENDLIMIT (RFC 7889) and DELETED-STORAGE (RFC 9208), from the mailbox row's counters. On the selected mailbox it answers from the store too: what the client has not been
 * told yet follows as EXISTS or EXPUNGE before the tagged OK, so the two agree.
 */
final class StatusCommand implements ImapHandler<MailboxCommand.Status> {

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.Status command)
            throws IOException, ImapException, MailboxException {
        Optional<Mailbox> mailbox = session.context().store().mailbox(session.account().id(), command.mailbox());
        if (mailbox.isEmpty() || !mailbox.get().selectable()) {
            throw ImapException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist");
        }
        respond(session, mailbox.get(), command.items());
        return Completion.ok("STATUS completed");
    }

    /** Writes {@code * STATUS name (item value ...)}, each item once, in the order asked; also for LIST-STATUS. */
    static void respond(ImapSession session, Mailbox mailbox, List<StatusItem> items) throws IOException, MailboxException {
        ImapContext ctx = session.context();
        // RFC 7162 3.1: asking for HIGHESTMODSEQ turns CONDSTORE on for the session.
        if (items.contains(StatusItem.HIGHESTMODSEQ)) session.enableCondstore();
        MailboxStatus status = ctx.messages().status(mailbox.id());
        ResponseBuilder r = session.response().untagged().atom("STATUS").mailbox(mailbox.name()).open();
        for (StatusItem item : new LinkedHashSet<>(items)) {
            long value = switch (item) {
                case MESSAGES -> status.messages();
                case RECENT -> session.rev2() ? 0 : status.recent();
                case UIDNEXT -> status.uidNext();
                case UIDVALIDITY -> status.uidValidity();
                case UNSEEN -> status.unseen();
                case DELETED -> status.deleted();
                case SIZE -> status.size();
                case HIGHESTMODSEQ -> status.highestModSeq();
                case APPENDLIMIT -> ctx.limits().maxLiteralSize();
                case DELETED_STORAGE -> status.deleted() == 0 ? 0 : deletedBytes(ctx, mailbox.id()) / 1024;
            };
            r.atom(item.keyword()).number(value);
        }
        session.write(r.close().end());
    }

    /** What EXPUNGE would free, in the STORAGE resource's units of 1024 octets (RFC 9208 5.1). */
    private static long deletedBytes(ImapContext ctx, long mailboxId) {
        long bytes = 0;
        for (StoredMessage m : ctx.messages().messages(mailboxId, UidSet.ALL)) {
            if (m.flags().stream().anyMatch(f -> f.equalsIgnoreCase("\\Deleted"))) bytes += m.blob().size();
        }
        return bytes;
    }
}
