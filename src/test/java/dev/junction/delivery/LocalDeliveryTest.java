package dev.junction.delivery;

import dev.junction.delivery.fakes.FakeDirectory;
import dev.junction.delivery.fakes.FakeMailStore;
import dev.junction.delivery.fakes.Mails;
import dev.junction.delivery.fakes.MemoryBlobStore;
import dev.junction.directory.Account;
import dev.junction.mail.Envelope;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;
import dev.junction.routing.Route;
import dev.junction.store.BlobRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDeliveryTest {

    private final FakeDirectory directory = new FakeDirectory();
    private final FakeMailStore store = new FakeMailStore();
    private final MemoryBlobStore blobs = new MemoryBlobStore();
    private final LocalDelivery delivery = new LocalDelivery(directory, store);

    private DeliveryRequest request(String queueId, Account account, long recipientId, BlobRef blob) {
        Envelope env = Mails.envelope("s@example.org", Instant.parse("2026-01-01T00:00:00Z"), account.address().toString());
        RoutedRecipient r = new RoutedRecipient(recipientId, account.address(), Recipient.of(account.address()), new Route.Local(account.id()));
        return new DeliveryRequest(queueId, env, blob, 0, "local", List.of(r));
    }

    @Test
    void deliversIntoInboxOncePerDeliveryKey() {
        directory.addDomain("example.com");
        Account alice = directory.addAccount(MailAddress.parse("alice@example.com"), "Alice", new char[0], 0);
        BlobRef blob = blobs.put(Mails.message("s@example.org", "hi", "hello\r\n"));

        Map<Long, Outcome> first = delivery.deliver(request("Q1", alice, 7, blob));
        Map<Long, Outcome> retry = delivery.deliver(request("Q1", alice, 7, blob));

        assertThat(first.get(7L).kind()).isEqualTo(Outcome.Kind.DELIVERED);
        assertThat(retry.get(7L).kind()).isEqualTo(Outcome.Kind.DELIVERED);
        assertThat(store.inbox(alice.id())).hasSize(1);
        assertThat(store.inbox(alice.id()).getFirst().internalDate()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));

        delivery.deliver(request("Q2", alice, 8, blob));
        assertThat(store.inbox(alice.id())).hasSize(2);
    }

    @Test
    void overQuotaIsAPermanentMailboxFull() {
        directory.addDomain("example.com");
        Account bob = directory.addAccount(MailAddress.parse("bob@example.com"), "Bob", new char[0], 10);
        BlobRef blob = blobs.put(Mails.message("s@example.org", "big", "more than ten bytes\r\n"));

        Outcome o = delivery.deliver(request("Q1", bob, 1, blob)).get(1L);

        assertThat(o.kind()).isEqualTo(Outcome.Kind.FAILED);
        assertThat(o.reply()).isEqualTo("552 5.2.2 mailbox full");
        assertThat(store.inbox(bob.id())).isEmpty();
    }

    @Test
    void accountRemovedWhileQueuedFails() {
        directory.addDomain("example.com");
        Account carol = directory.addAccount(MailAddress.parse("carol@example.com"), "Carol", new char[0], 0);
        directory.removeAccount(carol.address());

        Outcome o = delivery.deliver(request("Q1", carol, 1, blobs.put("x\r\n"))).get(1L);

        assertThat(o.kind()).isEqualTo(Outcome.Kind.FAILED);
        assertThat(o.status()).isEqualTo("5.1.1");
    }
}
