package dev.junction.imap;

import dev.junction.imap.message.HeaderField;
import dev.junction.imap.message.MessageEnvelope;
import dev.junction.imap.message.MessageHeader;
import dev.junction.imap.message.MessageStructure;
import dev.junction.imap.message.MessageText;
import dev.junction.imap.message.SortKeys;
import dev.junction.store.StoredMessage;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One message of the selected mailbox while SEARCH, SORT or THREAD look at it. What the store row
 * holds (UID, flags, size, internal date, MODSEQ) costs nothing; the parsed structure, the header
 * fields and the decoded text are read from the blob only when first asked for, then kept: the
 * structure for the rest of the command (SORT and THREAD read its envelope), the header and text
 * until {@link #tested()}.
 */
final class SearchCandidate {

    private final StoredMessage message;
    private final int sequence;
    private final boolean recent;
    private final MessageStructures structures;
    private MessageStructure structure;
    private List<HeaderField> header;
    private Set<String> bodyMatches;
    private Set<String> textMatches;

    /** @param recent whether the message is recent in the session (RFC 3501 2.3.2) */
    SearchCandidate(StoredMessage message, int sequence, boolean recent, MessageStructures structures) {
        this.message = message;
        this.sequence = sequence;
        this.recent = recent;
        this.structures = structures;
    }

    long uid() {
        return message.uid();
    }

    int sequence() {
        return sequence;
    }

    long modSeq() {
        return message.modSeq();
    }

    /** RFC822.SIZE: the stored octets. */
    long size() {
        return message.blob().size();
    }

    Instant internalDate() {
        return message.internalDate();
    }

    /**
     * Flags compare case-insensitively, as the store keeps them. {@code \Recent} is the session's
     * (RECENT, NEW and OLD); under IMAP4rev2 no message is recent.
     */
    boolean hasFlag(String flag) {
        if (flag.equalsIgnoreCase(FlagList.RECENT)) return recent;
        for (String f : message.flags()) {
            if (f.equalsIgnoreCase(flag)) return true;
        }
        return false;
    }

    MessageStructure structure() throws IOException {
        if (structure == null) structure = structures.of(message);
        return structure;
    }

    MessageEnvelope envelope() throws IOException {
        return structure().envelope();
    }

    /** The sent date for SORT and THREAD: the Date header, else the internal date (RFC 5256 section 2.2). */
    Instant sentDate() throws IOException {
        Instant sent = SortKeys.sentDate(envelope());
        return sent == null ? internalDate() : sent;
    }

    /** The message's own header fields, raw. */
    List<HeaderField> header() throws IOException {
        if (header == null) header = MessageHeader.fields(structure(), structures.raw(message));
        return header;
    }

    /** The criteria are done with this message: what only they read goes, so matches held for SORT stay small. */
    void tested() {
        header = null;
        bodyMatches = null;
        textMatches = null;
    }

    /**
     * Which of the strings the text parts contain ({@code withHeader}: or the decoded header).
     * The first call reads the message once for all of them, so a command passes every BODY (or
     * every TEXT) string it has each time, the same collection.
     */
    Set<String> textMatches(Collection<String> needles, boolean withHeader) throws IOException {
        if (withHeader) {
            if (textMatches == null) textMatches = MessageText.matches(structure(), structures.raw(message), true, needles);
            return textMatches;
        }
        if (bodyMatches == null) bodyMatches = MessageText.matches(structure(), structures.raw(message), false, needles);
        return bodyMatches;
    }
}
