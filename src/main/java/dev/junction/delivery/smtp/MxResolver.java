package dev.junction.delivery.smtp;

import java.net.InetAddress;
import java.util.List;

/** Finds the hosts that receive mail for a domain (RFC 5321 5.1) and their addresses. */
public interface MxResolver {

    /**
     * The mail exchangers of a domain in the order to try them: MX hosts by preference (equal
     * preferences shuffled), or the domain itself when it has no MX record.
     *
     * @throws DnsException permanent for a null MX (RFC 7505), a domain that does not exist, or one
     *                      that exists with neither MX nor address records
     */
    List<String> mailHosts(String domain) throws DnsException;

    /** IPv4 then IPv6 addresses of a host; empty when it has none. */
    List<InetAddress> addresses(String host) throws DnsException;
}
