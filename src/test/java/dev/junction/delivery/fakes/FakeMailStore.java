package dev.junction.delivery.fakes;

import dev.junction.store.BlobRef;
import dev.junction.store.MailStore;
import dev.junction.store.Mailbox;
import dev.junction.store.OverQuotaException;
import dev.junction.store.StoredMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** INBOX-only mail store in maps (tests only). */
public final class FakeMailStore implements MailStore {

    private final Map<Long, Mailbox> inboxes = new HashMap<>();
    private final Map<Long, List<StoredMessage>> messages = new HashMap<>();
    private final Map<String, StoredMessage> byKey = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized void createDefaultMailboxes(long accountId) {
        inboxes.computeIfAbsent(accountId, a -> new Mailbox(a * 100, a, "INBOX", null, 1, 1, 0, true));
    }

    @Override
    public synchronized List<Mailbox> mailboxes(long accountId) {
        return mailbox(accountId, "INBOX").stream().toList();
    }

    @Override
    public synchronized Optional<Mailbox> mailbox(long accountId, String name) {
        return "INBOX".equals(name) ? Optional.ofNullable(inboxes.get(accountId)) : Optional.empty();
    }

    @Override
    public synchronized StoredMessage deliver(long accountId, String mailboxName, BlobRef blob, Instant internalDate,
                                              String deliveryKey, long quotaBytes) throws OverQuotaException {
        if (deliveryKey != null && byKey.containsKey(deliveryKey)) return byKey.get(deliveryKey);
        Mailbox box = mailbox(accountId, mailboxName).orElseThrow(() -> new IllegalStateException("no mailbox " + mailboxName));
        if (quotaBytes > 0 && usage(accountId).bytes() + blob.size() > quotaBytes) throw new OverQuotaException("over quota");
        List<StoredMessage> list = messages.computeIfAbsent(box.id(), b -> new ArrayList<>());
        StoredMessage m = new StoredMessage(nextId++, box.id(), list.size() + 1, nextId, blob, internalDate, Set.of());
        list.add(m);
        if (deliveryKey != null) byKey.put(deliveryKey, m);
        return m;
    }

    @Override
    public synchronized List<StoredMessage> messages(long mailboxId) {
        return List.copyOf(messages.getOrDefault(mailboxId, List.of()));
    }

    /** The INBOX messages of an account. */
    public synchronized List<StoredMessage> inbox(long accountId) {
        return mailbox(accountId, "INBOX").map(b -> messages(b.id())).orElse(List.of());
    }

    @Override
    public synchronized Usage usage(long accountId) {
        List<StoredMessage> list = inbox(accountId);
        return new Usage(list.stream().mapToLong(m -> m.blob().size()).sum(), list.size());
    }

    @Override
    public synchronized void deleteAccount(long accountId) {
        Mailbox box = inboxes.remove(accountId);
        if (box != null) messages.remove(box.id());
    }
}
