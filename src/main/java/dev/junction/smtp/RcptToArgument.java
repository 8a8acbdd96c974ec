package dev.junction.smtp;

import dev.junction.mail.MailAddress;
import dev.junction.mail.Notify;
import dev.junction.mail.Recipient;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed {@code RCPT TO:} argument with the RFC 3461 NOTIFY and ORCPT parameters. The bare
 * {@code <Postmaster>} becomes the address the {@link Postmaster.Lookup} names.
 */
final class RcptToArgument {

    private RcptToArgument() {
    }

    /** @param extended the client greeted with EHLO (after HELO, parameters get 555) */
    static Recipient parse(String argument, boolean extended, Postmaster.Lookup postmaster) throws SmtpException {
        PathArgument arg = PathArgument.parse(argument, "TO", extended);
        EnumSet<Notify> notify = EnumSet.noneOf(Notify.class);
        String orcpt = null;
        for (Map.Entry<String, String> p : arg.parameters().entrySet()) {
            String v = p.getValue();
            switch (p.getKey()) {
                case "NOTIFY" -> notify = notify(v);
                case "ORCPT" -> {
                    int semi = v == null ? -1 : v.indexOf(';');
                    if (semi <= 0 || v.length() > 500 || !Xtext.valid(v.substring(semi + 1))) {
                        throw new SmtpException(SmtpError.SYNTAX);
                    }
                    orcpt = v;
                }
                default -> throw new SmtpException(SmtpError.UNKNOWN_PARAMETER);
            }
        }
        if (Postmaster.isBare(arg.path())) return new Recipient(postmaster.address(), orcpt, notify);
        try {
            return new Recipient(MailAddress.parse(arg.path()), orcpt, notify);
        } catch (IllegalArgumentException e) {
            throw new SmtpException(SmtpError.BAD_RECIPIENT_SYNTAX);
        }
    }

    private static EnumSet<Notify> notify(String v) throws SmtpException {
        if (v == null) throw new SmtpException(SmtpError.SYNTAX);
        EnumSet<Notify> set = EnumSet.noneOf(Notify.class);
        for (String word : v.split(",", -1)) {
            try {
                set.add(Notify.valueOf(word.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new SmtpException(SmtpError.SYNTAX);
            }
        }
        // RFC 3461 5.2.1: NEVER stands alone.
        if (set.contains(Notify.NEVER) && set.size() > 1) throw new SmtpException(SmtpError.SYNTAX);
        return set;
    }
}
