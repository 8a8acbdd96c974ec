package dev.junction.mail;

import java.util.Set;

/**
 * A forward path with its RFC 3461 parameters.
 *
 * @param address the recipient
 * @param orcpt   ORCPT as given ("rfc822;a@b"), or null
 * @param notifyOn NOTIFY conditions; empty means the default (FAILURE, DELAY)
 */
public record Recipient(MailAddress address, String orcpt, Set<Notify> notifyOn) {

    public Recipient {
        notifyOn = Set.copyOf(notifyOn);
    }

    public static Recipient of(MailAddress address) {
        return new Recipient(address, null, Set.of());
    }

    public boolean wants(Notify n) {
        if (notifyOn.isEmpty()) return n == Notify.FAILURE || n == Notify.DELAY;
        return notifyOn.contains(n);
    }
}
