package dev.junction.delivery.smtp;

import dev.junction.config.Config;
import dev.junction.delivery.Outcome;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * {@link MxResolver} over dnsjava, asking the servers of {@code dns.servers} (or the system's).
 * Queries are sent directly rather than through dnsjava's Lookup cache, so the answer code
 * (NXDOMAIN versus no data versus failure) decides the outcome exactly.
 */
public final class DnsMxResolver implements MxResolver {

    private final Resolver resolver;

    public DnsMxResolver(Resolver resolver) {
        this.resolver = resolver;
    }

    public static DnsMxResolver fromConfig(Config config) {
        List<String> servers = config.get(OutboundSettings.DNS_SERVERS);
        ExtendedResolver r;
        if (servers.isEmpty()) {
            r = new ExtendedResolver();
        } else {
            List<Resolver> list = new ArrayList<>();
            for (String s : servers) list.add(new SimpleResolver(socketAddress(s)));
            r = new ExtendedResolver(list);
        }
        r.setTimeout(config.get(OutboundSettings.DNS_TIMEOUT));
        return new DnsMxResolver(r);
    }

    /** "host", "host:port" or "[v6]:port"; port 53 when absent. */
    static InetSocketAddress socketAddress(String server) {
        String host = server;
        String port = "53";
        if (server.startsWith("[") && server.contains("]")) {
            int close = server.indexOf(']');
            host = server.substring(1, close);
            if (server.startsWith(":", close + 1)) port = server.substring(close + 2);
        } else if (server.indexOf(':') > 0 && server.indexOf(':') == server.lastIndexOf(':')) {
            host = server.substring(0, server.indexOf(':'));
            port = server.substring(server.indexOf(':') + 1);
        }
        try {
            return new InetSocketAddress(host, Integer.parseInt(port));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("dns.servers: '" + server + "' is not host or host:port");
        }
    }

    @Override
    public List<String> mailHosts(String domain) throws DnsException {
        Message answer = query(domain, Type.MX);
        if (answer.getRcode() == Rcode.NXDOMAIN) {
            throw new DnsException(Outcome.failed(550, "5.1.2", "domain " + domain + " does not exist"));
        }
        List<MXRecord> mx = new ArrayList<>();
        for (Record r : answer.getSection(Section.ANSWER)) {
            if (r instanceof MXRecord m) mx.add(m);
        }
        if (mx.isEmpty()) {
            // RFC 5321 5.1: the domain itself, preference 0; with no address either nothing can ever
            // receive its mail, so it bounces now rather than after the maximum age (as Postfix does).
            if (addresses(domain).isEmpty()) {
                throw new DnsException(Outcome.failed(550, "5.4.4", "domain " + domain + " has no MX and no address records"));
            }
            return List.of(domain);
        }
        mx.removeIf(m -> m.getTarget().equals(Name.root));
        if (mx.isEmpty()) {
            throw new DnsException(Outcome.failed(556, "5.1.10", "domain " + domain + " does not accept mail (null MX)"));
        }
        Collections.shuffle(mx); // spreads load over equal preferences; the sort below is stable
        mx.sort(Comparator.comparingInt(MXRecord::getPriority));
        return mx.stream().map(m -> m.getTarget().toString(true)).distinct().toList();
    }

    @Override
    public List<InetAddress> addresses(String host) throws DnsException {
        List<InetAddress> result = new ArrayList<>();
        for (int type : new int[] {Type.A, Type.AAAA}) {
            for (Record r : query(host, type).getSection(Section.ANSWER)) {
                if (r instanceof ARecord a) result.add(a.getAddress());
                else if (r instanceof AAAARecord a) result.add(a.getAddress());
            }
        }
        return result;
    }

    private Message query(String domain, int type) throws DnsException {
        Name name;
        try {
            name = Name.fromString(IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED), Name.root);
        } catch (TextParseException | IllegalArgumentException e) {
            throw new DnsException(Outcome.failed(550, "5.1.2", "bad domain name " + domain));
        }
        Message response;
        try {
            response = resolver.send(Message.newQuery(Record.newRecord(name, type, DClass.IN)));
        } catch (IOException e) {
            throw DnsException.temporary("DNS lookup of " + domain + " failed: " + e.getMessage());
        }
        int rcode = response.getRcode();
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            throw DnsException.temporary("DNS lookup of " + domain + " failed: " + Rcode.string(rcode));
        }
        return response;
    }
}
