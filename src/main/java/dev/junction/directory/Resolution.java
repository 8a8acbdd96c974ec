package dev.junction.directory;

import dev.junction.mail.MailAddress;

import java.util.List;

/**
 * Where an address ends up after alias and group expansion.
 *
 * @param known    false when the address is in a local domain but names nothing
 * @param accounts local accounts that receive the message (no duplicates)
 * @param outside  addresses outside our domains that receive it
 */
public record Resolution(boolean known, List<Account> accounts, List<MailAddress> outside) {

    public static Resolution unknown() {
        return new Resolution(false, List.of(), List.of());
    }
}
