package dev.junction.directory;

import dev.junction.mail.MailAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link Directory} backend must do. A run class per backend supplies {@link #directory()}. */
public interface DirectoryContract {

    Directory directory();

    char[] PW = "correct horse".toCharArray();

    static MailAddress a(String s) {
        return MailAddress.parse(s);
    }

    @BeforeEach
    default void domains() {
        directory().addDomain("example.com");
        directory().addDomain("Example.ORG");
    }

    @Test
    default void domainsAreLowerCaseUniqueAndLocal() {
        assertThat(directory().domains()).containsExactly("example.com", "example.org");
        assertThat(directory().isLocalDomain("EXAMPLE.com")).isTrue();
        assertThat(directory().isLocalDomain("other.net")).isFalse();
        assertThatThrownBy(() -> directory().addDomain("example.COM")).isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> directory().addDomain("not a domain")).isInstanceOf(DirectoryException.class);
    }

    @Test
    default void aDomainInUseCannotBeRemoved() {
        directory().addAccount(a("alice@example.org"), "Alice", PW, 0);
        assertThatThrownBy(() -> directory().removeDomain("example.org")).isInstanceOf(DirectoryException.class);
        directory().removeAccount(a("alice@example.org"));
        directory().addAlias(a("info@example.org"), List.of(a("x@other.net")));
        assertThatThrownBy(() -> directory().removeDomain("example.org")).isInstanceOf(DirectoryException.class);
        directory().removeAlias(a("info@example.org"));
        directory().addGroup(a("team@example.org"), "Team");
        assertThatThrownBy(() -> directory().removeDomain("example.org")).isInstanceOf(DirectoryException.class);
        directory().removeGroup(a("team@example.org"));
        directory().removeDomain("example.org");
        assertThat(directory().domains()).containsExactly("example.com");
        assertThatThrownBy(() -> directory().removeDomain("example.org")).isInstanceOf(DirectoryException.class);
    }

    @Test
    default void accountsNeedALocalDomainAndAFreeAddress() {
        assertThatThrownBy(() -> directory().addAccount(a("bob@other.net"), "Bob", PW, 0))
                .isInstanceOf(DirectoryException.class);
        directory().addAccount(a("bob@example.com"), "Bob", PW, 0);
        assertThatThrownBy(() -> directory().addAccount(a("BOB@example.com"), "Bob", PW, 0))
                .isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> directory().addAlias(a("Bob@example.com"), List.of(a("x@other.net"))))
                .isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> directory().addGroup(a("bob@example.com"), "B")).isInstanceOf(DirectoryException.class);
    }

    @Test
    default void accountsAreFoundCaseInsensitivelyAndByIdAndDomain() {
        Account alice = directory().addAccount(a("Alice@example.com"), "Alice", PW, 1000);
        Account carol = directory().addAccount(a("carol@example.org"), "Carol", PW, 0);
        assertThat(alice.state()).isEqualTo(AccountState.ACTIVE);
        assertThat(directory().account(a("alice@EXAMPLE.com"))).contains(alice);
        assertThat(directory().account(alice.id())).contains(alice);
        assertThat(directory().account(a("nobody@example.com"))).isEmpty();
        assertThat(directory().accounts("example.com")).containsExactly(alice);
        assertThat(directory().accounts(null)).containsExactly(alice, carol);
        directory().setQuota(a("alice@example.com"), 5000);
        assertThat(directory().account(alice.id()).orElseThrow().quotaBytes()).isEqualTo(5000);
        directory().removeAccount(a("alice@example.com"));
        assertThat(directory().account(alice.id())).isEmpty();
        assertThatThrownBy(() -> directory().removeAccount(a("alice@example.com"))).isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> directory().setState(a("alice@example.com"), AccountState.LOCKED))
                .isInstanceOf(DirectoryException.class);
    }

    @Test
    default void authenticationChecksPasswordAndState() {
        Account alice = directory().addAccount(a("alice@example.com"), "Alice", PW, 0);
        assertThat(directory().authenticate("ALICE@example.com", PW)).contains(alice);
        assertThat(directory().authenticate("alice@example.com", "wrong".toCharArray())).isEmpty();
        assertThat(directory().authenticate("nobody@example.com", PW)).isEmpty();
        assertThat(directory().authenticate("not an address", PW)).isEmpty();
        directory().setPassword(a("alice@example.com"), "new one".toCharArray());
        assertThat(directory().authenticate("alice@example.com", PW)).isEmpty();
        assertThat(directory().authenticate("alice@example.com", "new one".toCharArray())).isPresent();
        directory().setState(a("alice@example.com"), AccountState.LOCKED);
        assertThat(directory().authenticate("alice@example.com", "new one".toCharArray())).isEmpty();
    }

    @Test
    default void lockedAccountsReceiveAndDisabledOnesAreUnknown() {
        Account alice = directory().addAccount(a("alice@example.com"), "Alice", PW, 0);
        directory().setState(a("alice@example.com"), AccountState.LOCKED);
        Resolution r = directory().resolve(a("alice@example.com"));
        assertThat(r.known()).isTrue();
        assertThat(r.accounts()).extracting(Account::id).containsExactly(alice.id());
        directory().setState(a("alice@example.com"), AccountState.DISABLED);
        assertThat(directory().resolve(a("alice@example.com"))).isEqualTo(Resolution.unknown());
        assertThat(directory().authenticate("alice@example.com", PW)).isEmpty();
    }

    @Test
    default void unknownLocalAddressesAreUnknownAndOutsideOnesResolveToThemselves() {
        assertThat(directory().resolve(a("nobody@example.com"))).isEqualTo(Resolution.unknown());
        Resolution outside = directory().resolve(a("Someone@Other.NET"));
        assertThat(outside.known()).isTrue();
        assertThat(outside.accounts()).isEmpty();
        assertThat(outside.outside()).containsExactly(a("Someone@other.net"));
    }
}
