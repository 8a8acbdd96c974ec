package dev.junction.routing;

import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.directory.Directory;
import dev.junction.mail.MailAddress;

import java.util.Optional;

/**
 * Chooses one route per final recipient. Recipients reach the queue already expanded through
 * aliases and groups, so only accounts and outside addresses are expected here; an address of a
 * local domain that is no account any more (removed or disabled while queued) is refused.
 * Site and external routes are added here, by the home recorded in the directory.
 */
public final class Router {

    private final Directory directory;

    public Router(Directory directory) {
        this.directory = directory;
    }

    /**
     * The destination that mail for a domain queues under, without looking up accounts (for the
     * queue depth): {@code local} for a local domain, else the internet route's.
     */
    public String destination(String domain) {
        return directory.isLocalDomain(domain) ? new Route.Local(0).destination() : new Route.Internet(domain).destination();
    }

    public Routing route(MailAddress address) {
        if (!directory.isLocalDomain(address.domain())) {
            return new Routing.To(new Route.Internet(address.domain()));
        }
        Optional<Account> account = directory.account(address);
        if (account.isPresent() && account.get().state() != AccountState.DISABLED) {
            return new Routing.To(new Route.Local(account.get().id()));
        }
        return new Routing.Refused(550, "5.1.1", "mailbox unavailable: " + address);
    }
}
