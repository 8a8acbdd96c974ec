package dev.junction.delivery.smtp;

import dev.junction.config.Config;
import dev.junction.config.ConfigException;
import dev.junction.config.NodeSettings;
import dev.junction.delivery.DeliveryRequest;
import dev.junction.delivery.Outcome;
import dev.junction.delivery.Transport;
import dev.junction.routing.Route;
import dev.junction.store.BlobStore;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Delivers internet mail over SMTP: to the configured smart host, or to the recipient domain's
 * mail exchangers in preference order, trying the next address and host when one cannot be
 * reached. One transaction carries every recipient of the request.
 */
public final class OutboundDelivery implements Transport {

    private static final Logger LOG = Logger.getLogger("junction.delivery");

    private final MxResolver mx;
    private final SmtpClient client;
    private final SmtpTransaction transaction;
    private final int port;
    private final boolean startTls;
    private final Target smartHost;

    public OutboundDelivery(Config config, MxResolver mx, BlobStore blobs) {
        this.mx = mx;
        this.client = new SmtpClient(heloName(config), config.get(OutboundSettings.CONNECT_TIMEOUT),
                config.get(OutboundSettings.COMMAND_TIMEOUT), new ClientTls());
        this.transaction = new SmtpTransaction(blobs);
        this.port = config.get(OutboundSettings.SMTP_PORT);
        this.startTls = config.get(OutboundSettings.STARTTLS);
        this.smartHost = smartHost(config);
    }

    /** outbound.helo_name when set, else the node's host name. */
    static String heloName(Config config) {
        String name = config.get(OutboundSettings.HELO_NAME);
        return name.isEmpty() ? NodeSettings.hostname(config) : name;
    }

    private static Target smartHost(Config config) {
        String hostPort = config.get(OutboundSettings.SMARTHOST).strip();
        if (hostPort.isEmpty()) return null;
        String tlsText = config.get(OutboundSettings.SMARTHOST_TLS).strip().toLowerCase(Locale.ROOT);
        Target.Tls tls = switch (tlsText) {
            case "none" -> Target.Tls.NONE;
            case "starttls" -> Target.Tls.STARTTLS;
            case "tls" -> Target.Tls.IMPLICIT;
            default -> throw new ConfigException(List.of(OutboundSettings.SMARTHOST_TLS.key() + ": '" + tlsText
                    + "' is not none, starttls or tls"));
        };
        int colon = hostPort.lastIndexOf(':');
        String host = colon > 0 && !hostPort.endsWith("]") ? hostPort.substring(0, colon) : hostPort;
        int port = switch (tls) {
            case IMPLICIT -> 465;
            case STARTTLS -> 587;
            default -> 25;
        };
        if (host.length() != hostPort.length()) {
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new ConfigException(List.of(OutboundSettings.SMARTHOST.key() + ": '" + hostPort + "' is not host:port"));
            }
        }
        host = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return new Target(host, port, tls, config.get(OutboundSettings.SMARTHOST_TLS_VERIFY),
                config.get(OutboundSettings.SMARTHOST_USER), config.get(OutboundSettings.SMARTHOST_PASSWORD));
    }

    @Override
    public Map<Long, Outcome> deliver(DeliveryRequest request) {
        Outcome last;
        try {
            List<Target> targets = targets(request);
            last = Outcome.deferred(451, "4.4.4", "no mail host could be reached");
            for (Target target : targets) {
                List<InetAddress> addresses;
                try {
                    addresses = addresses(target);
                } catch (DnsException e) {
                    last = e.outcome();
                    continue;
                }
                for (InetAddress a : addresses) {
                    try {
                        return attempt(request, target, new InetSocketAddress(a, target.port()));
                    } catch (HostFailure e) {
                        LOG.fine(() -> request.queueId() + ": " + e.getMessage());
                        last = e.outcome();
                    }
                }
            }
        } catch (DnsException e) {
            last = e.outcome();
        }
        Outcome result = last;
        return request.recipients().stream().collect(Collectors.toMap(r -> r.id(), r -> result));
    }

    private List<Target> targets(DeliveryRequest request) throws DnsException {
        if (smartHost != null) return List.of(smartHost);
        Route.Internet route = (Route.Internet) request.recipients().getFirst().route();
        Target.Tls tls = startTls ? Target.Tls.OPPORTUNISTIC : Target.Tls.NONE;
        List<String> hosts = isAddressLiteral(route.domain()) ? List.of(route.domain()) : mx.mailHosts(route.domain());
        return hosts.stream().map(h -> new Target(h, port, tls, false, "", "")).toList();
    }

    private List<InetAddress> addresses(Target target) throws DnsException {
        String host = target.host();
        try {
            if (isAddressLiteral(host)) {
                String literal = host.substring(1, host.length() - 1);
                if (literal.regionMatches(true, 0, "IPv6:", 0, 5)) literal = literal.substring(5);
                return List.of(org.xbill.DNS.Address.getByAddress(literal));
            }
            if (target == smartHost) return List.of(InetAddress.getAllByName(host));
        } catch (IllegalArgumentException | UnknownHostException e) {
            throw new DnsException(Outcome.deferred(451, "4.4.3", "cannot resolve " + host + ": " + e.getMessage()));
        }
        List<InetAddress> found = mx.addresses(host);
        if (found.isEmpty()) throw new DnsException(Outcome.deferred(451, "4.4.3", "mail host " + host + " has no address"));
        return found;
    }

    private static boolean isAddressLiteral(String domain) {
        return domain.startsWith("[") && domain.endsWith("]");
    }

    /** One host: opportunistic TLS that fails in the handshake is retried once in plaintext. */
    private Map<Long, Outcome> attempt(DeliveryRequest request, Target target, InetSocketAddress address) throws HostFailure {
        SmtpClient.Session session;
        try {
            session = client.open(target, address, true);
        } catch (HostFailure e) {
            if (!e.tlsHandshake() || target.tls() != Target.Tls.OPPORTUNISTIC) throw e;
            session = client.open(target, address, false);
        }
        try {
            return transaction.run(session, request, target.host());
        } finally {
            SmtpClient.quietQuit(session.connection());
        }
    }
}
