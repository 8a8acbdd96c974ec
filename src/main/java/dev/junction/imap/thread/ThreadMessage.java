package dev.junction.imap.thread;

import java.time.Instant;
import java.util.List;

/**
 * One searched message, as the threading algorithms of RFC 5256 see it.
 *
 * @param number         what the THREAD response calls it: its sequence number or UID. Both follow
 *                       the mailbox order, which breaks ties between equal sent dates
 * @param sent           the sent date; the caller gives the internal date when the Date header is
 *                       missing or unreadable (RFC 5256 section 2.2)
 * @param messageId      the msg-id of its Message-ID header ({@code <left@right>}), null when none
 * @param references     the parent chain, oldest first: References, or else the first In-Reply-To id
 * @param baseSubject    the base subject (RFC 5256 section 2.1)
 * @param replyOrForward whether base subject extraction removed a reply or forward marker
 */
public record ThreadMessage(long number, Instant sent, String messageId, List<String> references, String baseSubject,
                            boolean replyOrForward) {

    public ThreadMessage {
        references = List.copyOf(references);
    }
}
