package dev.junction.imap;

import dev.junction.imap.protocol.ImapCommand;

import dev.junction.store.MailboxException;

import java.io.IOException;

/**
 * Runs one kind of command. The session has already checked the {@link CommandTable} row (state,
 * TLS) before {@link #execute} runs. A handler writes its untagged data through the session and
 * returns the tagged OK, or throws {@link ImapException} for NO or BAD; the session then reports
 * pending mailbox changes (where the command allows) and writes the tagged response.
 */
interface ImapHandler<C extends ImapCommand> {

    Completion execute(ImapSession session, String tag, C command) throws IOException, ImapException, MailboxException;
}
