package dev.junction.imap;

import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.imap.protocol.SequenceSet;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages;
import dev.junction.store.UidSet;

import java.io.IOException;
import java.util.Set;

/**
 * STORE and UID STORE (RFC 9051 6.4.6) with UNCHANGEDSINCE (RFC 7162 3.1.3). Each message that
 * passed gets {@code * n FETCH (FLAGS ...)} unless .SILENT; with CONDSTORE on, UID and MODSEQ
 * come too, and a silent store still reports the new MODSEQ of each message it changed, so the
 * client's cache stays right. The catch-up after the command is told not to repeat them.
 */
final class StoreCommand implements ImapHandler<MessageCommand.Store> {

    @Override
    public Completion execute(ImapSession session, String tag, MessageCommand.Store command)
            throws IOException, ImapException, MailboxException {
        Set<String> flags = FlagList.storable(command.flags());
        SelectedMailbox selected = session.selected();
        if (command.unchangedSince().isPresent()) session.enableCondstore();
        if (selected.readOnly()) throw ImapException.no(ResponseCode.READ_ONLY, "Mailbox is read-only");
        UidSet uids = selected.uids(command.set(), command.uid());
        if (uids.isEmpty()) return Completion.ok("STORE completed");
        MailboxMessages.StoreResult result = session.context().messages().store(selected.id(), uids,
                mode(command.mode()), flags, command.unchangedSince().orElse(MailboxMessages.ANY_MODSEQ));
        if (result.modSeq() > 0) {
            selected.silence(result.modSeq());
            selected.changedHere();
            // RFC 9051 7.3.5: a keyword new to the client's FLAGS list is announced before it shows in a FETCH.
            if (command.mode() != MessageCommand.Store.Mode.REMOVE && selected.learnKeywords(flags)) {
                FlagList.announce(session, selected.keywords(), false);
            }
        }
        for (MailboxMessages.FlagState f : result.messages()) {
            int seq = selected.messages().sequence(f.uid());
            if (seq == 0) continue; // arrived during the command: the client has not heard of it yet
            boolean changed = f.modSeq() == result.modSeq();
            if (command.silent() && !(session.condstore() && changed)) continue;
            ResponseBuilder r = session.response().untagged().number(seq).atom("FETCH").open();
            if (command.uid() || session.condstore()) r.atom("UID").number(f.uid());
            if (!command.silent()) FlagList.write(r, f.flags(), selected.recent(f.uid()));
            if (session.condstore()) r.atom("MODSEQ").open().number(f.modSeq()).close();
            session.write(r.close().end());
        }
        SequenceSet modified = modified(result, selected, command.uid());
        if (modified.ranges().isEmpty()) return Completion.ok("STORE completed");
        return Completion.ok(ResponseCode.modified(modified), "Conditional STORE failed");
    }

    /** RFC 7162 3.1.3: UIDs for UID STORE, else the sequence numbers the client knows them by. */
    private static SequenceSet modified(MailboxMessages.StoreResult result, SelectedMailbox selected, boolean uid) {
        long[] numbers = result.modified().stream()
                .mapToLong(u -> uid ? u : selected.messages().sequence(u))
                .filter(n -> n > 0).sorted().distinct().toArray();
        return SequenceSet.ofSorted(numbers);
    }

    private static MailboxMessages.StoreMode mode(MessageCommand.Store.Mode mode) {
        return switch (mode) {
            case ADD -> MailboxMessages.StoreMode.ADD;
            case REMOVE -> MailboxMessages.StoreMode.REMOVE;
            case REPLACE -> MailboxMessages.StoreMode.REPLACE;
        };
    }
}
