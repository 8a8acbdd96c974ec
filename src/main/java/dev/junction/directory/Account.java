package dev.junction.directory;

import dev.junction.mail.MailAddress;

/** A person's login and mailbox. The password hash never leaves the directory package. */
public record Account(long id, MailAddress address, String displayName, AccountState state, long quotaBytes) {
}
