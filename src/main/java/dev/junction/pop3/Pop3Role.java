package dev.junction.pop3;

import dev.junction.config.Listen;
import dev.junction.config.Setting;
import dev.junction.net.ListenerGroup;

/** The two POP3 listeners: plain with STLS (RFC 2595), and implicit TLS (RFC 8314). */
public enum Pop3Role implements ListenerGroup.Role {
    POP3(Pop3Settings.LISTEN, false),
    POP3S(Pop3Settings.POP3S_LISTEN, true);

    private final Setting<Listen> listen;
    private final boolean implicitTls;

    Pop3Role(Setting<Listen> listen, boolean implicitTls) {
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
