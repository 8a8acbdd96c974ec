package dev.junction.imap;

import dev.junction.imap.message.MessageStructure;
import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.FetchAttribute;
import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.imap.protocol.SequenceSet;
import dev.junction.store.BlobId;
import dev.junction.store.MailboxException;
import dev.junction.store.MailboxMessages;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * FETCH and UID FETCH (RFC 9051 6.4.5, 6.4.9), with RFC 3501's RFC822 items, BINARY (RFC 3516)
 * and CONDSTORE/QRESYNC's MODSEQ, CHANGEDSINCE and VANISHED (RFC 7162 3.1.4, 3.2.6).
 *
 * <p>Only messages the client knows are answered, in sequence order, a batch of rows at a time so
 * a FETCH 1:* of a large mailbox holds one batch in memory. Body items without PEEK set \Seen in
 * a read-write mailbox, one STORE per batch, and the response carries the new FLAGS; the session is
 * told to leave that change out of its catch-up. A FETCH by sequence number that names a message
 * another session has expunged answers the rest and ends NO [EXPUNGEISSUED], as Dovecot does.
 */
final class FetchCommand implements ImapHandler<MessageCommand.Fetch> {

    private static final Logger LOG = Logger.getLogger("junction.imap");
    private static final int BATCH = 256;
    private static final String SEEN = "\\Seen";

    @Override
    public Completion execute(ImapSession session, String tag, MessageCommand.Fetch command)
            throws IOException, ImapException, MailboxException {
        if (command.vanished() && !session.qresync()) {
            throw ImapException.bad(null, "VANISHED needs ENABLE QRESYNC first");
        }
        SelectedMailbox selected = session.selected();
        UidSet requested;
        try {
            requested = selected.messages().resolve(command.set(), command.uid(), selected.savedSearch());
        } catch (IllegalArgumentException e) {
            throw ImapException.bad(null, e.getMessage());
        }
        boolean asksModSeq = command.attributes().contains(FetchAttribute.Item.MODSEQ) || command.changedSince().isPresent();
        if (asksModSeq) session.enableCondstore(); // RFC 7162 3.1: a CONDSTORE enabling command
        if (command.vanished()) vanished(session, selected, command, requested);

        FetchResponse response = new FetchResponse(session, command);
        long[] known = known(selected.messages(), requested);
        boolean expunged = false;
        for (int from = 0; from < known.length; from += BATCH) {
            long[] batch = Arrays.copyOfRange(known, from, Math.min(known.length, from + BATCH));
            List<StoredMessage> rows = session.context().messages().messages(selected.id(), UidSet.of(batch));
            expunged |= rows.size() < batch.length;
            if (command.changedSince().isPresent()) {
                long since = command.changedSince().getAsLong();
                rows = rows.stream().filter(m -> m.modSeq() > since).toList();
            }
            Set<Long> seenSet = new HashSet<>();
            if (response.setsSeen() && !selected.readOnly()) rows = markSeen(session, selected, rows, seenSet);
            Map<BlobId, MessageStructure> structures = response.needsStructure() ? structures(session, rows) : Map.of();
            for (StoredMessage m : rows) {
                response.write(selected.messages().sequence(m.uid()), m, structures.get(m.blob().id()),
                        session.context().structures().raw(m), seenSet.contains(m.uid()));
            }
        }
        if (expunged && !command.uid()) {
            throw ImapException.no(ResponseCode.EXPUNGEISSUED, "Some messages were expunged");
        }
        return Completion.ok((command.uid() ? "UID FETCH" : "FETCH") + " completed");
    }

    /** The UIDs of the set that the client knows, ascending: sequence order. */
    private static long[] known(MessageSequence messages, UidSet requested) {
        return Arrays.stream(messages.uids()).filter(requested::contains).toArray();
    }

    /**
     * RFC 7162 3.2.6: the UIDs of the set expunged since CHANGEDSINCE, before any FETCH. UIDs the
     * client still sees are left to the VANISHED the session sends after the command.
     */
    private static void vanished(ImapSession session, SelectedMailbox selected, MessageCommand.Fetch command,
                                 UidSet requested) throws IOException, MailboxException {
        MailboxMessages.Changes changes = session.context().messages()
                .changesSince(selected.id(), command.changedSince().orElseThrow());
        long largest = selected.messages().maxUid();
        SequenceSet set = command.set();
        long[] uids = changes.vanished().stream().mapToLong(Long::longValue)
                .filter(uid -> selected.messages().sequence(uid) == 0)
                .filter(uid -> set.saved() ? requested.contains(uid) : set.contains(uid, Math.max(largest, uid)))
                .sorted().distinct().toArray();
        if (uids.length > 0) {
            session.write(session.response().untagged().atom("VANISHED").open().atom("EARLIER").close()
                    .atom(SequenceSet.ofSorted(uids).toString()).end());
        }
    }

    /**
     * Sets \Seen on the rows that lack it and returns the rows with their flags and MODSEQ after;
     * {@code seenSet} receives the UIDs this STORE changed (not those another session marked first).
     */
    private static List<StoredMessage> markSeen(ImapSession session, SelectedMailbox selected, List<StoredMessage> rows,
                                                Set<Long> seenSet) throws MailboxException {
        long[] unseen = rows.stream().filter(m -> !m.flags().contains(SEEN)).mapToLong(StoredMessage::uid).toArray();
        if (unseen.length == 0) return rows;
        MailboxMessages.StoreResult result = session.context().messages()
                .store(selected.id(), UidSet.of(unseen), MailboxMessages.StoreMode.ADD, Set.of(SEEN), MailboxMessages.ANY_MODSEQ);
        selected.silence(result.modSeq());
        Map<Long, MailboxMessages.FlagState> after = new HashMap<>();
        for (MailboxMessages.FlagState f : result.messages()) {
            after.put(f.uid(), f);
            if (f.modSeq() == result.modSeq()) seenSet.add(f.uid());
        }
        List<StoredMessage> updated = new ArrayList<>(rows.size());
        for (StoredMessage m : rows) {
            MailboxMessages.FlagState f = after.get(m.uid());
            updated.add(f == null ? m : new StoredMessage(m.id(), m.mailboxId(), m.uid(), f.modSeq(), m.blob(),
                    m.internalDate(), f.flags()));
        }
        return updated;
    }

    private static Map<BlobId, MessageStructure> structures(ImapSession session, List<StoredMessage> rows)
            throws ImapException {
        try {
            return session.context().structures().of(rows);
        } catch (IOException e) {
            throw unreadable(session.selected().id(), e);
        }
    }

    /** A message whose blob cannot be read: logged for the administrator, NO for the client. */
    static ImapException unreadable(long mailboxId, IOException e) {
        LOG.log(Level.WARNING, "FETCH: cannot read a message of mailbox " + mailboxId, e);
        return ImapException.no(ResponseCode.SERVERBUG, "Message content unavailable");
    }
}
