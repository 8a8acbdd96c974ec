package dev.junction.delivery;

import dev.junction.directory.Account;
import dev.junction.directory.AccountState;
import dev.junction.directory.Directory;
import dev.junction.routing.Route;
import dev.junction.store.MailStore;
import dev.junction.store.OverQuotaException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers into the INBOX of local accounts. The delivery key {@code <queueId>/<recipientId>}
 * makes a retry after a crash (stored, but not yet recorded in the spool) a no-op in the store.
 * The blob is stored whole, Return-Path line included.
 */
public final class LocalDelivery implements Transport {

    private static final Logger LOG = Logger.getLogger("junction.delivery");
    static final String INBOX = "INBOX";

    private final Directory directory;
    private final MailStore store;

    public LocalDelivery(Directory directory, MailStore store) {
        this.directory = directory;
        this.store = store;
    }

    @Override
    public Map<Long, Outcome> deliver(DeliveryRequest request) {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        for (RoutedRecipient r : request.recipients()) {
            outcomes.put(r.id(), deliverOne(request, r));
        }
        return outcomes;
    }

    private Outcome deliverOne(DeliveryRequest request, RoutedRecipient r) {
        if (!(r.route() instanceof Route.Local local)) {
            throw new IllegalArgumentException("not a local route: " + r.route());
        }
        try {
            Optional<Account> account = directory.account(local.accountId());
            if (account.isEmpty() || account.get().state() == AccountState.DISABLED) {
                return Outcome.failed(550, "5.1.1", "mailbox unavailable: " + r.address());
            }
            if (store.mailbox(local.accountId(), INBOX).isEmpty()) {
                store.createDefaultMailboxes(local.accountId());
            }
            String key = request.queueId() + "/" + r.id();
            store.deliver(local.accountId(), INBOX, request.blob(), request.envelope().receivedAt(), key,
                    account.get().quotaBytes());
            return Outcome.delivered("delivered to mailbox");
        } catch (OverQuotaException e) {
            return Outcome.failed(552, "5.2.2", "mailbox full");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, request.queueId() + ": local delivery to " + r.address() + " failed", e);
            return Outcome.deferred(451, "4.3.0", "local delivery failed, will retry");
        }
    }
}
