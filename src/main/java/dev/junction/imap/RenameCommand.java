package dev.junction.imap;

import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.store.MailboxException;

/**
 * RENAME (RFC 9051 6.3.6): the mailbox and its inferiors move, keeping UIDVALIDITY and UIDs, and
 * their subscriptions follow. Renaming INBOX moves its messages into the new mailbox and leaves
 * INBOX empty. The store refuses a missing source (NONEXISTENT), an existing target
 * (ALREADYEXISTS) and a move into the mailbox's own inferiors (CANNOT).
 *
 * <p>A session that has the mailbox selected keeps it selected: the mailbox is the same one under
 * a new name. When INBOX is renamed, its sessions see the messages go as EXPUNGE.
 */
final class RenameCommand implements ImapHandler<MailboxCommand.Rename> {

    @Override
    public Completion execute(ImapSession session, String tag, MailboxCommand.Rename command) throws MailboxException {
        session.context().tree().rename(session.account().id(), command.from(), command.to());
        return Completion.ok("RENAME completed");
    }
}
