package dev.junction.store.sql;

import dev.junction.sql.Statements;
import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.StoredMessage;
import dev.junction.store.UidSet;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.ToLongFunction;

/** Message rows and reading them by UID set (flag encoding in {@link Flags}). */
final class MessageRows {

    static final String COLUMNS = "id, mailbox_id, uid, modseq, blob_id, size, internaldate, system_flags, keywords";

    private MessageRows() {
    }

    static StoredMessage map(ResultSet r) throws SQLException {
        return new StoredMessage(r.getLong("id"), r.getLong("mailbox_id"), r.getLong("uid"), r.getLong("modseq"),
                new BlobRef(new BlobId(r.getString("blob_id")), r.getLong("size")),
                Instant.ofEpochMilli(r.getLong("internaldate")), flags(r).names());
    }

    static Flags flags(ResultSet r) throws SQLException {
        return Flags.ofRow(r.getInt("system_flags"), r.getString("keywords"));
    }

    static List<StoredMessage> messages(Connection c, long mailboxId, UidSet uids) throws SQLException {
        return inSet(c, mailboxId, uids, MessageRows::map, StoredMessage::uid);
    }

    static List<Row> rows(Connection c, long mailboxId, UidSet uids) throws SQLException {
        return inSet(c, mailboxId, uids, Row::map, Row::uid);
    }

    /**
     * The messages in the set, in UID order. One range query from the set's lowest to highest
     * UID, filtered here: the SQL text stays the same however many ranges the set has.
     */
    private static <T> List<T> inSet(Connection c, long mailboxId, UidSet uids, Statements.RowMapper<T> mapper,
                                     ToLongFunction<T> uid) throws SQLException {
        if (uids.isEmpty()) return List.of();
        return Statements.list(c, "SELECT " + COLUMNS + " FROM messages WHERE mailbox_id = ? AND uid BETWEEN ? AND ?"
                + " ORDER BY uid", mapper, mailboxId, uids.min(), uids.max())
                .stream().filter(m -> uids.contains(uid.applyAsLong(m))).toList();
    }

    /** What writers need of a message row. */
    record Row(long id, long uid, long modSeq, BlobRef blob, Instant internalDate, Flags flags) {
        static Row map(ResultSet r) throws SQLException {
            return new Row(r.getLong("id"), r.getLong("uid"), r.getLong("modseq"),
                    new BlobRef(new BlobId(r.getString("blob_id")), r.getLong("size")),
                    Instant.ofEpochMilli(r.getLong("internaldate")), MessageRows.flags(r));
        }
    }
}
