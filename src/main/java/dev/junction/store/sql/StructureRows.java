package dev.junction.store.sql;

import dev.junction.sql.Statements;
import dev.junction.store.BlobId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code message_structures} table: IMAP's parsed structures by blob (see MessageStructureCache). */
final class StructureRows {

    /** Blob ids per statement, so none grows without bound. */
    static final int BATCH = 200;

    private StructureRows() {
    }

    static Map<BlobId, String> find(Connection c, List<BlobId> blobs) throws SQLException {
        Map<BlobId, String> found = new HashMap<>();
        for (int from = 0; from < blobs.size(); from += BATCH) {
            List<BlobId> part = blobs.subList(from, Math.min(blobs.size(), from + BATCH));
            String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
            Object[] ids = part.stream().map(BlobId::hex).toArray();
            for (Map.Entry<BlobId, String> e : Statements.list(c, "SELECT blob_id, structure FROM message_structures"
                    + " WHERE blob_id IN (" + marks + ")", r -> Map.entry(new BlobId(r.getString(1)), r.getString(2)), ids)) {
                found.put(e.getKey(), e.getValue());
            }
        }
        return found;
    }

    static void keep(Connection c, Map<BlobId, String> structures) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO message_structures (blob_id, structure) VALUES (?, ?)"
                + " ON CONFLICT (blob_id) DO UPDATE SET structure = excluded.structure")) {
            for (Map.Entry<BlobId, String> e : structures.entrySet()) {
                ps.setString(1, e.getKey().hex());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The next {@link #BATCH} blob ids after {@code after}, in order, whose rows no message refers to. */
    static List<String> unreferenced(Connection c, String after) throws SQLException {
        return Statements.list(c, "SELECT s.blob_id FROM message_structures s WHERE s.blob_id > ?"
                + " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.blob_id = s.blob_id)"
                + " ORDER BY s.blob_id LIMIT " + BATCH, r -> r.getString(1), after);
    }

    /** Deletes those rows, asking again: a message may have come for one of the blobs since it was read. */
    static int forget(Connection c, List<String> blobIds) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(blobIds.size(), "?"));
        return Statements.update(c, "DELETE FROM message_structures WHERE blob_id IN (" + marks + ")"
                + " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.blob_id = message_structures.blob_id)",
                blobIds.toArray());
    }
}
