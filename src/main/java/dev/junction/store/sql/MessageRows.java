package dev.junction.store.sql;

import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.StoredMessage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Message rows. The five IMAP system flags (RFC 3501 2.3.2) are bits of {@code system_flags};
 * keywords are a space-separated list in {@code keywords}, since atoms never contain spaces.
 */
final class MessageRows {

    static final String COLUMNS = "id, mailbox_id, uid, modseq, blob_id, size, internaldate, system_flags, keywords";

    private static final String[] SYSTEM_FLAGS = {"\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft"};

    private MessageRows() {
    }

    static StoredMessage map(ResultSet r) throws SQLException {
        return new StoredMessage(r.getLong("id"), r.getLong("mailbox_id"), r.getLong("uid"), r.getLong("modseq"),
                new BlobRef(new BlobId(r.getString("blob_id")), r.getLong("size")),
                Instant.ofEpochMilli(r.getLong("internaldate")), flags(r.getInt("system_flags"), r.getString("keywords")));
    }

    static Set<String> flags(int bits, String keywords) {
        Set<String> flags = new LinkedHashSet<>();
        for (int i = 0; i < SYSTEM_FLAGS.length; i++) {
            if ((bits & (1 << i)) != 0) flags.add(SYSTEM_FLAGS[i]);
        }
        for (String k : keywords.split(" ")) {
            if (!k.isEmpty()) flags.add(k);
        }
        return Set.copyOf(flags);
    }
}
