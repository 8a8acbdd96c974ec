package dev.junction.routing;

import dev.junction.directory.AccountState;
import dev.junction.directory.Directory;
import dev.junction.mail.MailAddress;
import dev.junction.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RouterTest {

    private TestStores stores;
    private Directory directory;
    private Router router;
    private long aliceId;

    @BeforeEach
    void setUp(@TempDir Path dir) {
        stores = TestStores.open(dir);
        directory = stores.directory();
        router = new Router(directory);
        aliceId = stores.account("alice@example.com", "pw", 0).id();
    }

    @AfterEach
    void tearDown() {
        stores.close();
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
