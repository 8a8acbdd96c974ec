package dev.junction.delivery;

import dev.junction.directory.Account;
import dev.junction.mail.Envelope;
import dev.junction.mail.Recipient;
import dev.junction.routing.Route;
import dev.junction.store.BlobRef;
import dev.junction.testing.Mails;
import dev.junction.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDeliveryTest {

    private TestStores stores;
    private LocalDelivery delivery;

    @BeforeEach
    void open(@TempDir Path dir) {
        stores = TestStores.open(dir);
        delivery = new LocalDelivery(stores.directory(), stores.mailStore());
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private DeliveryRequest request(String queueId, Account account, long recipientId, BlobRef blob) {
        Envelope env = Mails.envelope("s@example.org", Instant.parse("2026-01-01T00:00:00Z"), account.address().toString());
        RoutedRecipient r = new RoutedRecipient(recipientId, account.address(), Recipient.of(account.address()), new Route.Local(account.id()));
        return new DeliveryRequest(queueId, env, blob, 0, "local", List.of(r));
    }

    @Test
    void deliversIntoInboxOncePerDeliveryKey() {
        Account alice = stores.account("alice@example.com", "pw", 0);
        BlobRef blob = stores.put(Mails.message("s@example.org", "hi", "hello\r\n"));

        Map<Long, Outcome> first = delivery.deliver(request("Q1", alice, 7, blob));
        Map<Long, Outcome> retry = delivery.deliver(request("Q1", alice, 7, blob));

        assertThat(first.get(7L).kind()).isEqualTo(Outcome.Kind.DELIVERED);
        assertThat(retry.get(7L).kind()).isEqualTo(Outcome.Kind.DELIVERED);
        assertThat(stores.inbox(alice.id())).hasSize(1);
        assertThat(stores.inbox(alice.id()).getFirst().internalDate()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));

        delivery.deliver(request("Q2", alice, 8, blob));
        assertThat(stores.inbox(alice.id())).hasSize(2);
    }

    @Test
    void overQuotaIsAPermanentMailboxFull() {
        Account bob = stores.account("bob@example.com", "pw", 10);
        BlobRef blob = stores.put(Mails.message("s@example.org", "big", "more than ten bytes\r\n"));

        Outcome o = delivery.deliver(request("Q1", bob, 1, blob)).get(1L);

        assertThat(o.kind()).isEqualTo(Outcome.Kind.FAILED);
        assertThat(o.reply()).isEqualTo("552 5.2.2 mailbox full");
        assertThat(stores.inbox(bob.id())).isEmpty();
    }

    @Test
    void accountRemovedWhileQueuedFails() {
        Account carol = stores.account("carol@example.com", "pw", 0);
        stores.directory().removeAccount(carol.address());

        Outcome o = delivery.deliver(request("Q1", carol, 1, stores.put("x\r\n"))).get(1L);

        assertThat(o.kind()).isEqualTo(Outcome.Kind.FAILED);
        assertThat(o.status()).isEqualTo("5.1.1");
    }
}
