package dev.junction.imap;

import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.ResponseBuilder;
import dev.junction.imap.protocol.ResponseCode;

import java.io.IOException;

/**
 * GETQUOTAROOT (RFC 9208 4.1.2): every mailbox of an account with a quota is under the root "",
 * followed by that root's QUOTA; without a quota the QUOTAROOT line names no root.
 */
final class GetQuotaRootCommand implements ImapHandler<MailboxCommand.GetQuotaRoot> {

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.GetQuotaRoot command)
            throws IOException, ImapException {
        if (session.context().store().mailbox(session.account().id(), command.mailbox()).isEmpty()) {
            throw ImapException.no(ResponseCode.NONEXISTENT, "Mailbox does not exist");
        }
        long limit = GetQuotaCommand.limit(session);
        ResponseBuilder r = session.response().untagged().atom("QUOTAROOT").mailbox(command.mailbox());
        if (limit > 0) r.string(GetQuotaCommand.ROOT);
        session.write(r.end());
        if (limit > 0) GetQuotaCommand.writeQuota(session, limit);
        return Completion.ok("GETQUOTAROOT completed");
    }
}
