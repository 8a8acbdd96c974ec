package dev.junction.queue.sql;

import dev.junction.mail.BodyType;
import dev.junction.mail.DsnRet;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Notify;
import dev.junction.mail.Recipient;
import dev.junction.queue.Dsn;
import dev.junction.queue.QueueEntry;
import dev.junction.queue.QueuedRecipient;
import dev.junction.queue.RecipientState;
import dev.junction.sql.Statements;
import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads queue entries back into {@link QueueEntry} and encodes the columns that need it. */
final class SpoolRows {

    private static final String ENTRY = "SELECT id, queue_id, sender, env_id, ret, body, smtputf8, helo, client_ip,"
            + " auth_user, received_at, blob_id, blob_size, header_skip, held FROM queue_entries";

    private SpoolRows() {
    }

    static Optional<QueueEntry> byQueueId(Connection c, String queueId) throws SQLException {
        Optional<Long> id = Statements.first(c, "SELECT id FROM queue_entries WHERE queue_id = ?", r -> r.getLong(1), queueId);
        return id.isEmpty() ? Optional.empty() : Optional.of(byId(c, id.get()));
    }

    static List<QueueEntry> byIds(Connection c, List<Long> ids) throws SQLException {
        List<QueueEntry> out = new ArrayList<>(ids.size());
        for (long id : ids) out.add(byId(c, id));
        return out;
    }

    static QueueEntry byId(Connection c, long id) throws SQLException {
        List<Recipient> rcpts = Statements.list(c, "SELECT address, orcpt, notify FROM queue_envelope_rcpts"
                + " WHERE entry_id = ? ORDER BY position", r -> new Recipient(address(r.getString(1)), r.getString(2),
                notify(r.getString(3))), id);
        List<QueuedRecipient> recipients = Statements.list(c, "SELECT id, address, orig_address, orcpt, notify, state,"
                + " attempts, next_attempt, last_reply, delay_notified, remote_mta, notice FROM queue_recipients WHERE entry_id = ? ORDER BY id",
                SpoolRows::recipient, id);
        return Statements.first(c, ENTRY + " WHERE id = ?", r -> entry(r, rcpts, recipients), id)
                .orElseThrow(() -> new SQLException("queue entry vanished: " + id));
    }

    private static QueueEntry entry(ResultSet r, List<Recipient> rcpts, List<QueuedRecipient> recipients) throws SQLException {
        String sender = r.getString("sender");
        String ret = r.getString("ret");
        Envelope envelope = new Envelope(sender == null ? null : address(sender), rcpts, r.getString("env_id"),
                ret == null ? null : DsnRet.valueOf(ret), BodyType.valueOf(r.getString("body")), r.getBoolean("smtputf8"),
                r.getString("helo"), r.getString("client_ip"), r.getString("auth_user"),
                Instant.ofEpochMilli(r.getLong("received_at")));
        BlobRef blob = new BlobRef(new BlobId(r.getString("blob_id")), r.getLong("blob_size"));
        return new QueueEntry(r.getString("queue_id"), envelope, blob, r.getInt("header_skip"), r.getBoolean("held"), recipients);
    }

    private static QueuedRecipient recipient(ResultSet r) throws SQLException {
        Recipient original = new Recipient(address(r.getString("orig_address")), r.getString("orcpt"), notify(r.getString("notify")));
        return new QueuedRecipient(r.getLong("id"), address(r.getString("address")), original,
                RecipientState.valueOf(r.getString("state")), r.getInt("attempts"),
                Instant.ofEpochMilli(r.getLong("next_attempt")), r.getString("last_reply"), r.getBoolean("delay_notified"),
                r.getString("remote_mta"), r.getString("notice") == null ? null : Dsn.Action.valueOf(r.getString("notice")));
    }

    /** Rebuilds an address stored by {@link MailAddress#toString()}: it was validated on the way in. */
    static MailAddress address(String stored) {
        int at = stored.lastIndexOf('@');
        return new MailAddress(stored.substring(0, at), stored.substring(at + 1));
    }

    /** NOTIFY as comma-separated names; empty means the RFC 3461 default. */
    static String notify(Set<Notify> notify) {
        return notify.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Notify> notify(String stored) {
        if (stored.isEmpty()) return Set.of();
        Set<Notify> out = EnumSet.noneOf(Notify.class);
        Arrays.stream(stored.split(",")).map(Notify::valueOf).forEach(out::add);
        return out;
    }
}
