package dev.junction.store;

import java.time.Instant;
import java.util.Set;

/** A message in a mailbox. Flags are IMAP system flags and keywords as written ("\\Seen"). */
public record StoredMessage(long id, long mailboxId, long uid, long modSeq, BlobRef blob, Instant internalDate,
                            Set<String> flags) {
}
