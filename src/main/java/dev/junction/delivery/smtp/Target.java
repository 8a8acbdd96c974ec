package dev.junction.delivery.smtp;

/**
 * A host to deliver to and how to talk to it.
 *
 * @param host     name used in logs, DSNs (Remote-MTA) and TLS host name checks
 * @param port     TCP port
 * @param tls      TLS policy
 * @param verify   verify the certificate chain and host name
 * @param user     AUTH user, or empty for none
 * @param password AUTH password
 */
record Target(String host, int port, Tls tls, boolean verify, String user, String password) {

    enum Tls {
        /** Never TLS. */
        NONE,
        /** STARTTLS when offered; plaintext otherwise or when the handshake fails (Postfix "may"). */
        OPPORTUNISTIC,
        /** STARTTLS or no delivery. */
        STARTTLS,
        /** TLS from the first byte (submissions port 465). */
        IMPLICIT
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
