package dev.junction.smtp;

import dev.junction.config.Listen;
import dev.junction.config.Setting;

/**
 * What a listener is for. MX takes mail from anyone for our domains; the two submission roles
 * take mail from authenticated users only (RFC 6409), one with STARTTLS, one with implicit TLS
 * (RFC 8314).
 */
public enum ListenerRole {
    MX(SmtpSettings.LISTEN, false, false),
    SUBMISSION(SmtpSettings.SUBMISSION_LISTEN, false, true),
    SUBMISSIONS(SmtpSettings.SUBMISSIONS_LISTEN, true, true);

    private final Setting<Listen> listen;
    private final boolean implicitTls;
    private final boolean authRequired;

    ListenerRole(Setting<Listen> listen, boolean implicitTls, boolean authRequired) {
        this.listen = listen;
        this.implicitTls = implicitTls;
        this.authRequired = authRequired;
    }

    public Setting<Listen> listen() {
        return listen;
    }

    /** TLS handshake before the greeting. */
    public boolean implicitTls() {
        return implicitTls;
    }

    /** MAIL, RCPT, DATA and BDAT need a successful AUTH first. */
    public boolean authRequired() {
        return authRequired;
    }
}
