package dev.junction.imap;

import dev.junction.imap.message.BodyStructureEncoder;
import dev.junction.imap.message.EnvelopeEncoder;
import dev.junction.imap.message.ImapStrings;
import dev.junction.imap.message.MessageStructure;
import dev.junction.imap.message.Partial;
import dev.junction.imap.message.RawSource;
import dev.junction.imap.message.Section;
import dev.junction.imap.message.SectionBytes;
import dev.junction.imap.message.SectionContent;
import dev.junction.imap.message.SectionResolver;
import dev.junction.imap.protocol.FetchAttribute;
import dev.junction.imap.protocol.ImapDates;
import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.store.StoredMessage;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code * n FETCH (...)} response of one message for a FETCH command (RFC 9051 7.5.2):
 * UID first, then the items in the order asked, then what the server adds (FLAGS after setting
 * \Seen, MODSEQ under CONDSTORE). Section octets are streamed from the blob as literals; every
 * section is opened before the first octet of the response goes out, so a message that cannot be
 * read is refused whole rather than cut off.
 */
final class FetchResponse {

    /** One item of the response: a value in IMAP syntax, or octets to stream as a literal. */
    private record Entry(String name, String value, SectionBytes literal, boolean literal8) {
        static Entry value(String name, String value) {
            return new Entry(name, value, null, false);
        }
    }

    private static final dev.junction.imap.protocol.Section WHOLE = dev.junction.imap.protocol.Section.WHOLE;

    private final ImapSession session;
    private final List<FetchAttribute> items;
    private final boolean uid;
    private final boolean flags;
    private final boolean modSeq;
    private final boolean changedSince;
    private final boolean needsStructure;
    private final boolean setsSeen;
    private final EnvelopeEncoder envelopes;
    private final BodyStructureEncoder bodies;

    FetchResponse(ImapSession session, MessageCommand.Fetch command) {
        this.session = session;
        Map<String, FetchAttribute> distinct = new LinkedHashMap<>();
        command.attributes().forEach(a -> distinct.putIfAbsent(a.responseName(), a));
        distinct.remove(FetchAttribute.Item.UID.responseName());
        this.items = List.copyOf(distinct.values());
        this.uid = command.uid() || command.attributes().contains(FetchAttribute.Item.UID);
        this.flags = items.contains(FetchAttribute.Item.FLAGS);
        this.modSeq = items.contains(FetchAttribute.Item.MODSEQ);
        this.changedSince = command.changedSince().isPresent();
        this.needsStructure = items.stream().anyMatch(FetchResponse::needsStructure);
        // Before the duplicates went: BODY.PEEK[TEXT] BODY[TEXT] answers once but still sets \Seen.
        this.setsSeen = command.attributes().stream().anyMatch(FetchResponse::setsSeen);
        ImapStrings strings = new ImapStrings(session.utf8());
        this.envelopes = new EnvelopeEncoder(strings);
        this.bodies = new BodyStructureEncoder(strings);
    }

    /** Whether any item needs the parsed structure (everything but the whole message's octets and the row's data). */
    boolean needsStructure() {
        return needsStructure;
    }

    /** Whether the items mark a message \Seen: the body items without PEEK (RFC 9051 6.4.5, RFC 3501, RFC 3516). */
    boolean setsSeen() {
        return setsSeen;
    }

    private static boolean needsStructure(FetchAttribute item) {
        return switch (item) {
            case FetchAttribute.Item i -> switch (i) {
                case ENVELOPE, BODY, BODYSTRUCTURE, RFC822_HEADER, RFC822_TEXT -> true;
                default -> false;
            };
            case FetchAttribute.BodySection b -> !b.section().equals(WHOLE);
            case FetchAttribute.Binary b -> true;
            case FetchAttribute.BinarySize b -> true;
        };
    }

    private static boolean setsSeen(FetchAttribute item) {
        return switch (item) {
            case FetchAttribute.Item i -> i == FetchAttribute.Item.RFC822 || i == FetchAttribute.Item.RFC822_TEXT;
            case FetchAttribute.BodySection b -> !b.peek();
            case FetchAttribute.Binary b -> !b.peek();
            case FetchAttribute.BinarySize b -> false;
        };
    }

    /**
     * @param structure null unless {@link #needsStructure()}
     * @param seenSet   this command just set \Seen on the message: its FLAGS go out even if not
     *                  asked for, and under CONDSTORE its UID and MODSEQ too (RFC 7162 3.1)
     * @throws ImapException NO [UNKNOWN-CTE] for BINARY of a part whose encoding is unknown, NO
     *                       [SERVERBUG] when the message's octets cannot be read; nothing of the
     *                       message was written then
     */
    void write(int sequence, StoredMessage message, MessageStructure structure, RawSource raw, boolean seenSet)
            throws IOException, ImapException {
        List<Entry> entries = new ArrayList<>();
        try {
            try {
                if (uid || (seenSet && session.condstore())) entries.add(Entry.value("UID", Long.toString(message.uid())));
                for (FetchAttribute item : items) entries.add(entry(item, message, structure, raw));
                if (seenSet && !flags) entries.add(entry(FetchAttribute.Item.FLAGS, message, structure, raw));
                boolean impliedModSeq = changedSince || (session.condstore() && (flags || seenSet));
                if (!modSeq && impliedModSeq) entries.add(entry(FetchAttribute.Item.MODSEQ, message, structure, raw));
            } catch (IOException e) {
                throw FetchCommand.unreadable(message.mailboxId(), e);
            }
            send(sequence, entries);
        } finally {
            for (Entry e : entries) {
                if (e.literal() != null) e.literal().close();
            }
        }
    }

    private void send(int sequence, List<Entry> entries) throws IOException {
        ResponseBuilder r = session.response().untagged().number(sequence).atom("FETCH").open();
        for (Entry e : entries) {
            r.atom(e.name());
            if (e.literal() == null) {
                r.encoded(e.value());
                continue;
            }
            r.literalHeader(e.literal().length(), e.literal8());
            session.write(r);
            long sent = e.literal().data().transferTo(session.out());
            if (sent != e.literal().length()) {
                // The literal's length is promised already: the session cannot go on.
                throw new IOException("message octets ended after " + sent + " of " + e.literal().length());
            }
        }
        session.write(r.close().end());
    }

    private Entry entry(FetchAttribute item, StoredMessage m, MessageStructure s, RawSource raw)
            throws IOException, ImapException {
        String name = item.responseName();
        return switch (item) {
            case FetchAttribute.Item i -> switch (i) {
                case UID -> Entry.value(name, Long.toString(m.uid()));
                case FLAGS -> Entry.value(name, FlagList.text(m.flags(), session.selected().recent(m.uid())));
                case INTERNALDATE -> Entry.value(name,
                        '"' + ImapDates.format(m.internalDate().atZone(ZoneId.systemDefault()).toOffsetDateTime()) + '"');
                case RFC822_SIZE -> Entry.value(name, Long.toString(m.blob().size()));
                case MODSEQ -> Entry.value(name, "(" + m.modSeq() + ")");
                case ENVELOPE -> Entry.value(name, envelopes.encode(s.envelope()));
                case BODY -> Entry.value(name, bodies.body(s));
                case BODYSTRUCTURE -> Entry.value(name, bodies.bodyStructure(s));
                case RFC822 -> literal(name, whole(m), raw, null);
                case RFC822_HEADER -> literal(name, SectionResolver.body(s, section(Section.Kind.HEADER)), raw, null);
                case RFC822_TEXT -> literal(name, SectionResolver.body(s, section(Section.Kind.TEXT)), raw, null);
            };
            case FetchAttribute.BodySection b -> literal(name, b.section().equals(WHOLE)
                    ? whole(m) : SectionResolver.body(s, section(b.section())), raw, partial(b.partial()));
            case FetchAttribute.Binary b -> binary(name, SectionResolver.binary(s, b.part()), raw, partial(b.partial()));
            case FetchAttribute.BinarySize b -> Entry.value(name, Long.toString(binarySize(SectionResolver.binary(s, b.part()), raw)));
        };
    }

    /** BODY[] and RFC822 need no parsing: the whole blob. */
    private static SectionContent whole(StoredMessage m) {
        return new SectionContent.Range(0, m.blob().size());
    }

    private static Entry literal(String name, SectionContent content, RawSource raw, Partial partial) throws IOException {
        return new Entry(name, null, SectionBytes.open(content, raw, partial), false);
    }

    private static Entry binary(String name, SectionContent content, RawSource raw, Partial partial)
            throws IOException, ImapException {
        refuseUnknownEncoding(content);
        boolean literal8 = SectionBytes.needsLiteral8(content, raw, partial);
        return new Entry(name, null, SectionBytes.open(content, raw, partial), literal8);
    }

    private static long binarySize(SectionContent content, RawSource raw) throws IOException, ImapException {
        refuseUnknownEncoding(content);
        return content instanceof SectionContent.Missing ? 0 : SectionBytes.size(content, raw);
    }

    /** RFC 3516 4.3: a part Junction cannot decode is refused for the whole command. */
    private static void refuseUnknownEncoding(SectionContent content) throws ImapException {
        if (content instanceof SectionContent.UnknownEncoding u) {
            throw ImapException.no(ResponseCode.UNKNOWN_CTE, "Unknown Content-Transfer-Encoding " + u.encoding());
        }
    }

    private static Section section(Section.Kind kind) {
        return new Section(List.of(), kind, List.of());
    }

    /** The grammar's section as the resolver's: the same part path, text and field names. */
    private static Section section(dev.junction.imap.protocol.Section s) {
        Section.Kind kind = switch (s.text()) {
            case ALL -> Section.Kind.CONTENT;
            case HEADER -> Section.Kind.HEADER;
            case HEADER_FIELDS -> Section.Kind.HEADER_FIELDS;
            case HEADER_FIELDS_NOT -> Section.Kind.HEADER_FIELDS_NOT;
            case TEXT -> Section.Kind.TEXT;
            case MIME -> Section.Kind.MIME;
        };
        return new Section(s.part(), kind, s.fields());
    }

    private static Partial partial(FetchAttribute.Partial p) {
        return p == null ? null : new Partial(p.offset(), p.count());
    }
}
