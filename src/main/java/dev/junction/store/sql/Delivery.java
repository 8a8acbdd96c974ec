package dev.junction.store.sql;

import dev.junction.sql.Statements;
import dev.junction.store.BlobId;
import dev.junction.store.BlobRef;
import dev.junction.store.Mailbox;
import dev.junction.store.MailboxChange;
import dev.junction.store.MailboxException;
import dev.junction.store.OverQuotaException;
import dev.junction.store.StoredMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Local delivery in one transaction: claim the delivery key, charge the quota with a conditional
 * UPDATE (atomic on both engines, no read-then-write race), take the next UID and MODSEQ from
 * the mailbox row, and insert the message; locks in the order {@link MailboxRows} gives.
 */
final class Delivery {

    private Delivery() {
    }

    static StoredMessage deliver(Connection c, long accountId, String mailboxName, BlobRef blob, Instant internalDate,
                                 String deliveryKey, long quotaBytes, Clock clock, List<MailboxChange> events)
            throws SQLException, OverQuotaException {
        Instant date = Instant.ofEpochMilli(internalDate.toEpochMilli());
        if (deliveryKey != null) {
            int claimed = Statements.update(c, "INSERT INTO deliveries (delivery_key, account_id, delivered_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING", deliveryKey, accountId, clock.millis());
            if (claimed == 0) return earlierDelivery(c, deliveryKey);
        }
        Mailbox mailbox = mailboxForDelivery(c, accountId, mailboxName, clock);
        MessageWrites.charge(c, accountId, blob.size(), 1, quotaBytes);
        StoredMessage stored;
        try {
            MessageWrites.Added added = MessageWrites.add(c, mailbox.id(), List.of(new MessageWrites.New(blob, date, Flags.NONE)));
            stored = added.messages().getFirst();
        } catch (MailboxException e) {
            throw new IllegalArgumentException("mailbox '" + mailboxName + "' of account " + accountId + " holds no messages", e);
        }
        if (deliveryKey != null) {
            Statements.update(c, "UPDATE deliveries SET message_id = ?, mailbox_id = ?, uid = ?, modseq = ?, blob_id = ?,"
                    + " size = ?, internaldate = ? WHERE delivery_key = ?", stored.id(), mailbox.id(), stored.uid(),
                    stored.modSeq(), blob.id().hex(), blob.size(), date.toEpochMilli(), deliveryKey);
        }
        events.add(new MailboxChange.Appended(mailbox.id(), stored.modSeq(), List.of(stored.uid())));
        return stored;
    }

    private static Mailbox mailboxForDelivery(Connection c, long accountId, String name, Clock clock) throws SQLException {
        Optional<Mailbox> found = MailboxRows.find(c, accountId, name);
        if (found.isEmpty() && MailboxRows.find(c, accountId, MailboxRows.INBOX).isEmpty()
                && name.equalsIgnoreCase(MailboxRows.INBOX)) {
            MailboxRows.createDefaults(c, accountId, clock.instant().getEpochSecond());
            found = MailboxRows.find(c, accountId, name);
        }
        return found.orElseThrow(() -> new IllegalArgumentException("no mailbox '" + name + "' for account " + accountId));
    }

    /** The result of the first delivery with this key, exactly as it was returned then. */
    private static StoredMessage earlierDelivery(Connection c, String deliveryKey) throws SQLException {
        return Statements.first(c, "SELECT message_id, mailbox_id, uid, modseq, blob_id, size, internaldate"
                + " FROM deliveries WHERE delivery_key = ?", r -> new StoredMessage(r.getLong(1), r.getLong(2), r.getLong(3),
                r.getLong(4), new BlobRef(new BlobId(r.getString(5)), r.getLong(6)), Instant.ofEpochMilli(r.getLong(7)),
                Set.of()), deliveryKey).orElseThrow(() -> new SQLException("delivery key vanished: " + deliveryKey));
    }
}
