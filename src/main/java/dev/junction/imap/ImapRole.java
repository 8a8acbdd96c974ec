package dev.junction.imap;

import dev.junction.config.Listen;
import dev.junction.config.Setting;
import dev.junction.net.ListenerGroup;

/** The two IMAP listeners: plain with STARTTLS (RFC 9051 6.2.1), and implicit TLS (RFC 8314). */
public enum ImapRole implements ListenerGroup.Role {
    IMAP(ImapSettings.LISTEN, false),
    IMAPS(ImapSettings.IMAPS_LISTEN, true);

    private final Setting<Listen> listen;
    private final boolean implicitTls;

    ImapRole(Setting<Listen> listen, boolean implicitTls) {
        this.listen = listen;
        this.implicitTls = implicitTls;
    }

    @Override
    public Setting<Listen> listen() {
        return listen;
    }

    /** TLS handshake before the greeting. */
    @Override
    public boolean implicitTls() {
        return implicitTls;
    }
}
