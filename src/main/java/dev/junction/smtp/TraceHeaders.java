package dev.junction.smtp;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The trace lines put in front of every received message (RFC 5321 4.4): Return-Path with the
 * reverse path, and a Received line naming the client, this host, the protocol (RFC 3848,
 * RFC 6531), the TLS version and cipher, the transaction id and, for one recipient, the
 * recipient. Everything here was checked when the session accepted it.
 */
final class TraceHeaders {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

    private TraceHeaders() {
    }

    static String returnPath(String reversePath) {
        return "Return-Path: " + reversePath + "\r\n";
    }

    /**
     * @param tls       "TLSv1.3 TLS_AES_128_GCM_SHA256"-style version and cipher, or null
     * @param recipient the single recipient, or null when there are several
     */
    static String received(String helo, String clientIp, String host, String protocol, String tls, String id,
                           String recipient, ZonedDateTime when) {
        StringBuilder b = new StringBuilder(256)
                .append("Received: from ").append(helo).append(" ([").append(clientIp.contains(":") ? "IPv6:" : "").append(clientIp).append("])\r\n")
                .append("\tby ").append(host).append(" (Junction) with ").append(protocol).append(" id ").append(id);
        if (tls != null) b.append("\r\n\t(").append(tls).append(')');
        if (recipient != null) b.append("\r\n\tfor <").append(recipient).append('>');
        return b.append(";\r\n\t").append(DATE.format(when)).append("\r\n").toString();
    }

    /** RFC 3848 / RFC 6531 protocol names: SMTP, ESMTP, ESMTPS, ESMTPA, ESMTPSA, UTF8SMTPSA, ... */
    static String protocol(boolean extended, boolean utf8, boolean tls, boolean authenticated) {
        if (!extended) return "SMTP";
        String base = utf8 ? "UTF8SMTP" : "ESMTP";
        return base + (tls ? "S" : "") + (authenticated ? "A" : "");
    }
}
