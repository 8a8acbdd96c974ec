package dev.junction.imap;

import dev.junction.imap.protocol.Append;
import dev.junction.imap.protocol.AppendMessage;
import dev.junction.imap.protocol.ProtocolException;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.store.BlobRef;
import dev.junction.store.BlobSink;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxException;
import dev.junction.store.OverQuotaException;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * APPEND (RFC 9051 6.3.12) with MULTIAPPEND (RFC 3502), UIDPLUS's {@code APPENDUID} (RFC 4315),
 * APPENDLIMIT (RFC 7889), literal8 (RFC 3516) and the UTF8 data item (RFC 6855). The mailbox is
 * checked before the client may send a message; each message then streams from the connection
 * into a blob, octet for octet, never into memory. One over imap.max_literal_size ({@code TOOBIG})
 * or over the account's free quota ({@code OVERQUOTA}) is refused before its continuation.
 * Several messages are all or nothing. An APPEND to the selected mailbox shows as EXISTS in the
 * catch-up after it.
 */
final class AppendCommand implements ImapHandler<Append> {

    private static final Logger LOG = Logger.getLogger("junction.imap");

    @Override
    public Completion execute(ImapSession session, String tag, Append command) throws IOException, ImapException {
        Mailbox target = TargetMailbox.find(session, command.mailbox());
        ImapContext ctx = session.context();
        long quota = session.account().quotaBytes();
        long room = quota > 0 ? Math.max(0, quota - ctx.store().usage(session.account().id()).bytes()) : Long.MAX_VALUE;
        List<Long> uids = new ArrayList<>();
        boolean complete = false;
        try {
            Optional<AppendMessage> next;
            while ((next = next(command, ctx, room)).isPresent()) {
                StoredMessage stored = store(ctx, target, next.get(), quota);
                uids.add(stored.uid());
                room -= stored.blob().size();
            }
            complete = true;
        } finally {
            if (!complete) undo(ctx, target, uids);
        }
        SelectedMailbox selected = session.selected();
        if (selected != null && selected.id() == target.id()) selected.changedHere();
        return Completion.ok(ResponseCode.appendUid(target.uidValidity(), TargetMailbox.uids(uids)), "APPEND completed");
    }

    /** The next message, refused before its continuation when it cannot fit. */
    private static Optional<AppendMessage> next(Append command, ImapContext ctx, long room)
            throws IOException, ImapException {
        try {
            return command.next(room);
        } catch (ProtocolException e) {
            if (e.kind() != ProtocolException.Kind.LITERAL_TOO_BIG) throw ImapException.bad(e.code(), e.reason());
            long size = command.announcedSize();
            if (size > room && size <= ctx.limits().maxLiteralSize()) {
                throw ImapException.no(ResponseCode.OVERQUOTA, "Quota exceeded");
            }
            throw ImapException.no(ResponseCode.TOOBIG, e.reason());
        }
    }

    /** Streams the message into a blob, then adds it; a blob left over by a refusal is collected later. */
    private static StoredMessage store(ImapContext ctx, Mailbox target, AppendMessage message, long quota)
            throws IOException, ImapException {
        Set<String> flags = FlagList.storable(message.flags());
        // As Dovecot: an empty message is no message.
        if (message.size() == 0) throw ImapException.no(null, "Cannot save an empty message");
        BlobRef blob = save(ctx, message.content());
        Instant date = message.internalDate() == null ? Instant.now() : message.internalDate().toInstant();
        try {
            return ctx.messages().append(target.id(), blob, date, flags, quota);
        } catch (OverQuotaException e) {
            throw ImapException.no(ResponseCode.OVERQUOTA, "Quota exceeded");
        } catch (MailboxException e) {
            throw TargetMailbox.tryCreate();
        }
    }

    /**
     * Copies the literal into a new blob. A failing read is the client's connection and ends the
     * session; a failing write is the blob store's, and only this command fails.
     */
    private static BlobRef save(ImapContext ctx, InputStream content) throws IOException, ImapException {
        BlobSink sink;
        try {
            sink = ctx.blobs().create();
        } catch (IOException e) {
            throw unavailable(e);
        }
        try (sink) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = content.read(buffer)) > 0; ) {
                try {
                    sink.write(buffer, 0, n);
                } catch (IOException e) {
                    throw unavailable(e);
                }
            }
            try {
                return sink.commit();
            } catch (IOException e) {
                throw unavailable(e);
            }
        }
    }

    private static ImapException unavailable(IOException e) {
        LOG.log(Level.WARNING, "APPEND: the blob store failed", e);
        return ImapException.no(ResponseCode.UNAVAILABLE, "Cannot store the message now, try again later");
    }

    /** MULTIAPPEND is all or nothing (RFC 3502): takes out what this command already added. */
    private static void undo(ImapContext ctx, Mailbox target, List<Long> uids) {
        if (uids.isEmpty()) return;
        try {
            ctx.messages().expunge(target.id(), UidSet.of(uids), false);
        } catch (MailboxException e) {
            // The mailbox is gone, and the messages with it.
        }
    }
}
