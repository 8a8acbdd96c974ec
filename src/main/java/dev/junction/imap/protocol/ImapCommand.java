package dev.junction.imap.protocol;

/**
 * A parsed client command, without its tag (see {@link TaggedCommand}). The families are sealed,
 * so a session's {@code switch} over them is checked for completeness by the compiler.
 */
public sealed interface ImapCommand permits SessionCommand, MailboxCommand, MessageCommand, Append {
}
