package dev.junction.routing;

import dev.junction.directory.AccountState;
import dev.junction.delivery.fakes.FakeDirectory;
import dev.junction.mail.MailAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouterTest {

    private final FakeDirectory directory = new FakeDirectory();
    private final Router router = new Router(directory);
    private long aliceId;

    @BeforeEach
    void setUp() {
        directory.addDomain("example.com");
        aliceId = directory.addAccount(MailAddress.parse("alice@example.com"), "Alice", new char[0], 0).id();
    }

    @Test
    void activeAccountIsLocal() {
        assertThat(router.route(MailAddress.parse("Alice@Example.COM"))).isEqualTo(new Routing.To(new Route.Local(aliceId)));
    }

    @Test
    void lockedAccountStillReceives() {
        directory.setState(MailAddress.parse("alice@example.com"), AccountState.LOCKED);
        assertThat(router.route(MailAddress.parse("alice@example.com"))).isEqualTo(new Routing.To(new Route.Local(aliceId)));
    }

    @Test
    void outsideDomainGoesToTheInternet() {
        Routing r = router.route(MailAddress.parse("bob@example.org"));
        assertThat(r).isEqualTo(new Routing.To(new Route.Internet("example.org")));
        assertThat(((Routing.To) r).route().destination()).isEqualTo("internet:example.org");
    }

    @Test
    void removedAccountIsRefusedPermanently() {
        directory.removeAccount(MailAddress.parse("alice@example.com"));
        assertThat(router.route(MailAddress.parse("alice@example.com")))
                .isInstanceOfSatisfying(Routing.Refused.class, no -> {
                    assertThat(no.code()).isEqualTo(550);
                    assertThat(no.status()).isEqualTo("5.1.1");
                });
    }

    @Test
    void disabledAccountIsRefused() {
        directory.setState(MailAddress.parse("alice@example.com"), AccountState.DISABLED);
        assertThat(router.route(MailAddress.parse("alice@example.com"))).isInstanceOf(Routing.Refused.class);
    }

    @Test
    void aDomainsDestinationNeedsNoAccountLookup() {
        assertThat(router.destination("example.com")).isEqualTo("local");
        assertThat(router.destination("example.org")).isEqualTo("internet:example.org");
    }
}
