package dev.junction.directory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.junction.directory.DirectoryContract.PW;
import static dev.junction.directory.DirectoryContract.a;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Alias and group behaviour every {@link Directory} backend must show; part of {@link DirectoryContract}. */
public interface ExpansionContract extends DirectoryContract {

    @Test
    default void aliasesExpandRecursivelyToAccountsAndOutsideAddresses() {
        Account alice = directory().addAccount(a("alice@example.com"), "Alice", PW, 0);
        directory().addAlias(a("postmaster@example.com"), List.of(a("admins@example.com")));
        directory().addAlias(a("admins@example.com"), List.of(a("Alice@example.com"), a("ops@partner.net")));
        Resolution r = directory().resolve(a("POSTMASTER@example.com"));
        assertThat(r.known()).isTrue();
        assertThat(r.accounts()).containsExactly(alice);
        assertThat(r.outside()).containsExactly(a("ops@partner.net"));
        assertThat(directory().aliases("example.com")).containsExactly(
                new Alias(a("admins@example.com"), List.of(a("Alice@example.com"), a("ops@partner.net"))),
                new Alias(a("postmaster@example.com"), List.of(a("admins@example.com"))));
        assertThat(directory().aliases("example.org")).isEmpty();
    }

    @Test
    default void loopsAreCutAndDuplicatesRemoved() {
        Account alice = directory().addAccount(a("alice@example.com"), "Alice", PW, 0);
        Account bob = directory().addAccount(a("bob@example.com"), "Bob", PW, 0);
        directory().addAlias(a("a@example.com"), List.of(a("b@example.com"), a("alice@example.com")));
        directory().addAlias(a("b@example.com"), List.of(a("a@example.com"), a("alice@example.com"), a("team@example.com")));
        directory().addGroup(a("team@example.com"), "Team");
        directory().addMember(a("team@example.com"), a("bob@example.com"));
        directory().addMember(a("team@example.com"), a("a@example.com"));
        directory().addMember(a("team@example.com"), a("X@other.net"));
        directory().addMember(a("team@example.com"), a("x@other.net"));
        Resolution r = directory().resolve(a("a@example.com"));
        assertThat(r.accounts()).containsExactlyInAnyOrder(alice, bob);
        assertThat(r.outside()).hasSize(1);
    }

    @Test
    default void groupsListTheirMembersAndMembersCanBeRemoved() {
        directory().addGroup(a("team@example.com"), "The team");
        directory().addMember(a("team@example.com"), a("x@other.net"));
        directory().addMember(a("team@example.com"), a("y@other.net"));
        assertThat(directory().groups("example.com")).containsExactly(
                new Group(a("team@example.com"), "The team", List.of(a("x@other.net"), a("y@other.net"))));
        directory().removeMember(a("team@example.com"), a("x@other.net"));
        assertThat(directory().groups(null).getFirst().members()).containsExactly(a("y@other.net"));
        assertThatThrownBy(() -> directory().removeMember(a("team@example.com"), a("x@other.net")))
                .isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> directory().addMember(a("none@example.com"), a("x@other.net")))
                .isInstanceOf(DirectoryException.class);
    }

    @Test
    default void disabledAndDanglingTargetsAreSkipped() {
        Account alice = directory().addAccount(a("alice@example.com"), "Alice", PW, 0);
        directory().addAccount(a("bob@example.com"), "Bob", PW, 0);
        directory().setState(a("bob@example.com"), AccountState.DISABLED);
        directory().addAlias(a("both@example.com"), List.of(a("alice@example.com"), a("bob@example.com"), a("gone@example.com")));
        assertThat(directory().resolve(a("both@example.com")).accounts()).containsExactly(alice);
    }

    @Test
    default void anExpansionReachingNobodyIsUnknown() {
        directory().addAccount(a("bob@example.com"), "Bob", PW, 0);
        directory().setState(a("bob@example.com"), AccountState.DISABLED);
        directory().addAlias(a("loop1@example.com"), List.of(a("loop2@example.com")));
        directory().addAlias(a("loop2@example.com"), List.of(a("loop1@example.com"), a("bob@example.com")));
        directory().addGroup(a("empty@example.com"), "Nobody");
        assertThat(directory().resolve(a("loop1@example.com"))).isEqualTo(Resolution.unknown());
        assertThat(directory().resolve(a("empty@example.com"))).isEqualTo(Resolution.unknown());
    }

    @Test
    default void aliasesNeedTargetsAndRemovalsNeedSomethingToRemove() {
        assertThatThrownBy(() -> directory().addAlias(a("x@example.com"), List.of())).isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> directory().addAlias(a("x@other.net"), List.of(a("y@example.com"))))
                .isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> directory().removeAlias(a("x@example.com"))).isInstanceOf(DirectoryException.class);
        assertThatThrownBy(() -> directory().removeGroup(a("x@example.com"))).isInstanceOf(DirectoryException.class);
    }
}
