package dev.junction.imap;

import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.ResponseCode;

/**
 * SETQUOTA (RFC 9208 4.1.3) is refused: quotas are the administrator's, set through the admin
 * API, so Junction does not advertise QUOTASET.
 */
final class SetQuotaCommand implements ImapHandler<MailboxCommand.SetQuota> {

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.SetQuota command) throws ImapException {
        throw ImapException.no(ResponseCode.NOPERM, "Quotas are set by the administrator");
    }
}
