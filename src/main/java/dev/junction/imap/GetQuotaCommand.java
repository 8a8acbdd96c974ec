package dev.junction.imap;

import dev.junction.directory.Account;
import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.store.MailStore;

import java.io.IOException;

/**
 * GETQUOTA (RFC 9208 4.1.1). An account has one quota root, named "", when the administrator gave
 * it a quota; its one resource is STORAGE in units of 1024 octets (rounded down, as Dovecot
 * does). There is no message limit, so no MESSAGE resource. Without a quota there is no root.
 */
final class GetQuotaCommand implements ImapHandler<MailboxCommand.GetQuota> {

    static final String ROOT = "";

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.GetQuota command)
            throws IOException, ImapException {
        long limit = limit(session);
        if (!command.root().equals(ROOT) || limit == 0) {
            throw ImapException.no(ResponseCode.NONEXISTENT, "No such quota root");
        }
        writeQuota(session, limit);
        return Completion.ok("GETQUOTA completed");
    }

    /** The account's quota in octets, 0 for none, as the directory holds it now (delivery enforces that one). */
    static long limit(ImapSession session) {
        return session.context().directory().account(session.account().id())
                .map(Account::quotaBytes).orElse(session.account().quotaBytes());
    }

    /** {@code * QUOTA "" (STORAGE used limit)}. */
    static void writeQuota(ImapSession session, long limit) throws IOException {
        MailStore.Usage usage = session.context().store().usage(session.account().id());
        session.write(session.response().untagged().atom("QUOTA").string(ROOT).open()
                .atom("STORAGE").number(usage.bytes() / 1024).number(limit / 1024).close().end());
    }
}
