package dev.junction.imap;

import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.imap.protocol.SequenceSet;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages;
import dev.junction.store.MailboxName;
import dev.junction.store.MailboxStatus;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * SELECT and EXAMINE (RFC 9051 6.3.2-3), with the CONDSTORE parameter and QRESYNC (RFC 7162
 * 3.2.5): a client that says what it knew gets VANISHED (EARLIER) and the flag changes since,
 * instead of fetching everything again. A failed SELECT leaves no mailbox selected.
 */
final class SelectCommand implements ImapHandler<MailboxCommand.Select> {

    static final List<String> SYSTEM_FLAGS = List.of("\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft");

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.Select command)
            throws IOException, ImapException, MailboxException {
        if (command.qresync() != null && !session.qresync()) {
            throw ImapException.bad(null, "QRESYNC parameter needs ENABLE QRESYNC first");
        }
        ImapContext ctx = session.context();
        if (session.selected() != null) {
            session.unselect();
            // RFC 7162 3.2.11, RFC 9051 7.1: the end of the old mailbox's responses.
            session.write(session.response().untagged().condition(Condition.OK).code(ResponseCode.CLOSED)
                    .text("Previous mailbox closed").end());
        }
        Optional<Mailbox> found = ctx.store().mailbox(session.account().id(), command.mailbox());
        if (found.isEmpty() || !found.get().selectable()) {
            throw ImapException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist");
        }
        if (command.condstore()) session.enableCondstore();
        Mailbox mailbox = found.get();
        SelectedMailbox.Recent recent = session.rev2() ? SelectedMailbox.Recent.NONE
                : command.readOnly() ? SelectedMailbox.Recent.PEEK : SelectedMailbox.Recent.CLAIM;
        SelectedMailbox selected = SelectedMailbox.open(mailbox, command.readOnly(), recent, ctx.messages(), ctx.changes());
        try {
            respond(session, ctx, selected, command);
        } catch (IOException | MailboxException | RuntimeException e) {
            selected.close();
            throw e;
        }
        session.select(selected);
        return Completion.ok(command.readOnly() ? ResponseCode.READ_ONLY : ResponseCode.READ_WRITE,
                (command.readOnly() ? "EXAMINE" : "SELECT") + " completed");
    }

    private static void respond(ImapSession session, ImapContext ctx, SelectedMailbox selected,
                                MailboxCommand.Select command) throws IOException, MailboxException {
        long id = selected.id();
        MailboxStatus status = ctx.messages().status(id);
        selected.learnKeywords(ctx.messages().keywords(id));
        FlagList.announce(session, selected.keywords(), command.readOnly());
        int exists = selected.messages().size();
        session.write(session.response().untagged().number(exists).atom("EXISTS").end());
        if (!session.rev2()) {
            session.write(session.response().untagged().number(selected.recentCount()).atom("RECENT").end());
            int unseen = status.firstUnseenUid() == 0 ? 0 : selected.messages().sequence(status.firstUnseenUid());
            if (unseen > 0) untaggedOk(session, ResponseCode.unseen(unseen), "First unseen");
        }
        untaggedOk(session, ResponseCode.uidValidity(selected.mailbox().uidValidity()), "UIDs valid");
        untaggedOk(session, ResponseCode.uidNext(status.uidNext()), "Predicted next UID");
        untaggedOk(session, ResponseCode.highestModSeq(selected.seenModSeq()), "Highest");
        if (session.rev2()) {
            session.write(session.response().untagged().atom("LIST").open().close()
                    .string(String.valueOf(MailboxName.DELIMITER))
                    .mailbox(selected.mailbox().name()).end());
        }
        if (command.qresync() != null && command.qresync().uidValidity() == selected.mailbox().uidValidity()) {
            resync(session, ctx, selected, command.qresync());
        }
    }

    /** RFC 7162 3.2.5.2: VANISHED (EARLIER) for known UIDs now gone, then FETCH for what changed. */
    private static void resync(ImapSession session, ImapContext ctx, SelectedMailbox selected,
                               MailboxCommand.Qresync q) throws IOException, MailboxException {
        MailboxMessages.Changes changes = ctx.messages().changesSince(selected.id(), q.modSeq());
        long largest = selected.messages().maxUid();
        long[] vanished = changes.vanished().stream().mapToLong(Long::longValue)
                .filter(uid -> selected.messages().sequence(uid) == 0)
                .filter(uid -> q.knownUids() == null || q.knownUids().contains(uid, Math.max(largest, uid)))
                .sorted().distinct().toArray();
        if (vanished.length > 0) {
            session.write(session.response().untagged().atom("VANISHED").open().atom("EARLIER").close()
                    .atom(SequenceSet.ofSorted(vanished).toString()).end());
        }
        for (MailboxMessages.FlagState f : changes.changed()) {
            int seq = selected.messages().sequence(f.uid());
            if (seq == 0) continue;
            ResponseBuilder r = session.response().untagged().number(seq).atom("FETCH").open()
                    .atom("UID").number(f.uid());
            FlagList.write(r, f.flags(), selected.recent(f.uid()));
            session.write(r.atom("MODSEQ").open().number(f.modSeq()).close().close().end());
        }
    }

    private static void untaggedOk(ImapSession session, ResponseCode code, String text) throws IOException {
        session.write(session.response().untagged().condition(Condition.OK).code(code).text(text).end());
    }
}
