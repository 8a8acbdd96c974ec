package dev.junction.admin;

import dev.junction.store.BlobRef;
import dev.junction.store.MailStore;
import dev.junction.store.Mailbox;
import dev.junction.store.StoredMessage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Records which accounts got default mailboxes and which were deleted. */
public final class FakeMailStore implements MailStore {

    public final Set<Long> withMailboxes = ConcurrentHashMap.newKeySet();
    public final Set<Long> deleted = ConcurrentHashMap.newKeySet();

    public void createDefaultMailboxes(long accountId) {
        withMailboxes.add(accountId);
    }

    public List<Mailbox> mailboxes(long accountId) {
        return List.of();
    }

    public Optional<Mailbox> mailbox(long accountId, String name) {
        return Optional.empty();
    }

    public StoredMessage deliver(long accountId, String mailboxName, BlobRef blob, Instant internalDate, String deliveryKey, long quotaBytes) {
        throw new UnsupportedOperationException();
    }

    public List<StoredMessage> messages(long mailboxId) {
        return List.of();
    }

    public Usage usage(long accountId) {
        return new Usage(withMailboxes.contains(accountId) ? 2048 : 0, withMailboxes.contains(accountId) ? 3 : 0);
    }

    public void deleteAccount(long accountId) {
        deleted.add(accountId);
    }
}
