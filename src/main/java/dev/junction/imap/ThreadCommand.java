package dev.junction.imap;

import dev.junction.imap.message.BaseSubject;
import dev.junction.imap.message.MessageEnvelope;
import dev.junction.imap.message.MessageIds;
import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.ThreadAlgorithm;
import dev.junction.imap.thread.OrderedSubjectThreader;
import dev.junction.imap.thread.ReferencesThreader;
import dev.junction.imap.thread.ThreadList;
import dev.junction.imap.thread.ThreadMessage;
import dev.junction.imap.thread.ThreadNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * THREAD and UID THREAD (RFC 5256): the messages the criteria find, threaded by
 * ORDEREDSUBJECT or REFERENCES ({@link dev.junction.imap.thread}), as {@code * THREAD}.
 */
final class ThreadCommand implements ImapHandler<MessageCommand.Thread> {

    @Override
    public Completion execute(ImapSession session, String tag, MessageCommand.Thread command)
            throws IOException, ImapException {
        List<SearchCandidate> found = MailboxSearch.run(session, command.criteria());
        List<ThreadMessage> messages = new ArrayList<>(found.size());
        try {
            for (SearchCandidate c : found) messages.add(threadMessage(c, command.uid()));
        } catch (IOException e) {
            throw MailboxSearch.unavailable(session, e);
        }
        List<ThreadNode> threads = command.algorithm() == ThreadAlgorithm.REFERENCES
                ? ReferencesThreader.thread(messages)
                : OrderedSubjectThreader.thread(messages);
        ResponseBuilder r = session.response().untagged().atom("THREAD");
        if (!threads.isEmpty()) r.atom(ThreadList.format(threads));
        session.write(r.end());
        return Completion.ok("THREAD completed");
    }

    private static ThreadMessage threadMessage(SearchCandidate c, boolean uid) throws IOException {
        MessageEnvelope envelope = c.envelope();
        List<String> ids = MessageIds.parse(envelope.messageId());
        return new ThreadMessage(uid ? c.uid() : c.sequence(), c.sentDate(), ids.isEmpty() ? null : ids.getFirst(),
                c.structure().threadReferences(), BaseSubject.of(envelope.subject()),
                BaseSubject.isReplyOrForward(envelope.subject()));
    }
}
