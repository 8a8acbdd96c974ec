package dev.junction.imap.protocol;

/** One command as the client sent it: its tag, for the tagged reply, and what it asks. */
public record TaggedCommand(String tag, ImapCommand command) {
}
