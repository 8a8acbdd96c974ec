package dev.junction.smtp;

import dev.junction.mail.BodyType;
import dev.junction.mail.DsnRet;
import dev.junction.mail.MailAddress;

import java.util.Map;

/**
 * A parsed {@code MAIL FROM:} argument with the parameters of SIZE (RFC 1870), BODY
 * (RFC 6152, RFC 3030), SMTPUTF8 (RFC 6531), RET and ENVID (RFC 3461) and AUTH (RFC 4954,
 * accepted and ignored).
 *
 * @param sender the reverse path, null for {@code <>}
 * @param size   the declared size, or -1 when not given
 */
record MailFromArgument(MailAddress sender, long size, BodyType body, boolean smtpUtf8, DsnRet ret, String envId) {

    /** @param extended the client greeted with EHLO (after HELO, parameters get 555) */
    static MailFromArgument parse(String argument, boolean extended) throws SmtpException {
        PathArgument arg = PathArgument.parse(argument, "FROM", extended);
        long size = -1;
        BodyType body = BodyType.SEVEN_BIT;
        boolean smtpUtf8 = false;
        DsnRet ret = null;
        String envId = null;
        for (Map.Entry<String, String> p : arg.parameters().entrySet()) {
            String v = p.getValue();
            switch (p.getKey()) {
                case "SIZE" -> size = size(v);
                case "BODY" -> body = body(v);
                case "SMTPUTF8" -> {
                    if (v != null) throw new SmtpException(SmtpError.SYNTAX);
                    smtpUtf8 = true;
                }
                case "RET" -> ret = ret(v);
                case "ENVID" -> {
                    if (v == null || v.length() > 100 || !Xtext.valid(v)) throw new SmtpException(SmtpError.SYNTAX);
                    envId = v;
                }
                case "AUTH" -> {
                    if (v == null) throw new SmtpException(SmtpError.SYNTAX);
                }
                default -> throw new SmtpException(SmtpError.UNKNOWN_PARAMETER);
            }
        }
        MailAddress sender = null;
        if (!arg.path().isEmpty()) {
            try {
                sender = MailAddress.parse(arg.path());
            } catch (IllegalArgumentException e) {
                throw new SmtpException(SmtpError.BAD_SENDER_SYNTAX);
            }
            if (!sender.isAscii() && !smtpUtf8) throw new SmtpException(SmtpError.UTF8_REQUIRED);
        }
        return new MailFromArgument(sender, size, body, smtpUtf8, ret, envId);
    }

    private static long size(String v) throws SmtpException {
        if (v == null || v.isEmpty() || v.length() > 20 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new SmtpException(SmtpError.SYNTAX);
        }
        return v.length() > 18 ? Long.MAX_VALUE : Long.parseLong(v);
    }

    private static BodyType body(String v) throws SmtpException {
        if (v == null) throw new SmtpException(SmtpError.SYNTAX);
        return switch (v.toUpperCase(java.util.Locale.ROOT)) {
            case "7BIT" -> BodyType.SEVEN_BIT;
            case "8BITMIME" -> BodyType.EIGHT_BITMIME;
            case "BINARYMIME" -> BodyType.BINARYMIME;
            default -> throw new SmtpException(SmtpError.SYNTAX);
        };
    }

    private static DsnRet ret(String v) throws SmtpException {
        if (v == null) throw new SmtpException(SmtpError.SYNTAX);
        return switch (v.toUpperCase(java.util.Locale.ROOT)) {
            case "FULL" -> DsnRet.FULL;
            case "HDRS" -> DsnRet.HDRS;
            default -> throw new SmtpException(SmtpError.SYNTAX);
        };
    }
}
