package dev.junction.server;

import dev.junction.admin.AdminServer;
import dev.junction.auth.AuthThrottle;
import dev.junction.config.Config;
import dev.junction.config.NodeSettings;
import dev.junction.delivery.LocalDelivery;
import dev.junction.delivery.Transports;
import dev.junction.delivery.smtp.DnsMxResolver;
import dev.junction.delivery.smtp.OutboundDelivery;
import dev.junction.directory.Directory;
import dev.junction.directory.sql.SqlDirectory;
import dev.junction.imap.ImapRole;
import dev.junction.imap.ImapServer;
import dev.junction.metrics.JvmMetrics;
import dev.junction.metrics.Metrics;
import dev.junction.pop3.Pop3Role;
import dev.junction.pop3.Pop3Server;
import dev.junction.queue.Dsn;
import dev.junction.queue.DsnSender;
import dev.junction.queue.QueueManager;
import dev.junction.queue.QueueSettings;
import dev.junction.queue.Spool;
import dev.junction.queue.sql.SqlSpool;
import dev.junction.routing.Router;
import dev.junction.smtp.ListenerRole;
import dev.junction.smtp.SmtpServer;
import dev.junction.sql.Database;
import dev.junction.sql.StorageSettings;
import dev.junction.store.BlobCollector;
import dev.junction.store.BlobStore;
import dev.junction.store.MailStore;
import dev.junction.store.file.FileBlobStore;
import dev.junction.store.sql.SqlMailStore;
import dev.junction.tls.TlsContexts;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One running Junction process. Opens storage, starts the queue manager, then the listeners (admin, SMTP, POP3, IMAP),
 * and closes them in the reverse order: listeners stop taking mail before the queue stops, and
 * the database closes last. A failure while starting closes whatever had started.
 */
public final class Node implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.node");

    private final Config config;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private Database database;
    private BlobStore blobs;
    private Directory directory;
    private MailStore mailStore;
    private Spool spool;
    private QueueManager queue;
    private SmtpServer smtp;
    private Pop3Server pop3;
    private ImapServer imap;
    private AdminServer admin;
    private final Metrics metrics = new Metrics();

    public Node(Config config) {
        this.config = config;
    }

    public void start() throws IOException {
        try {
            String hostname = NodeSettings.hostname(config);
            createPrivate(config.get(NodeSettings.DATA_DIR));
            database = open(Database.open(config));
            FileBlobStore fileBlobs = FileBlobStore.open(config);
            blobs = fileBlobs;
            directory = new SqlDirectory(database);
            SqlMailStore sqlMailStore = new SqlMailStore(database);
            mailStore = sqlMailStore;
            SqlSpool sqlSpool = new SqlSpool(database);
            spool = sqlSpool;
            BlobCollector collector = new BlobCollector(fileBlobs, List.of(sqlMailStore, sqlSpool),
                    config.get(StorageSettings.BLOB_GC_GRACE), Clock.systemUTC());
            // A delivery key only guards retries of a queued message; none is older than queue.max_age.
            Duration keepKeys = config.get(QueueSettings.MAX_AGE).multipliedBy(2);
            open(new Housekeeping(config.get(StorageSettings.HOUSEKEEPING_INTERVAL), Map.of(
                    "blob collection", collector::collect,
                    "message structures", sqlMailStore::forgetUnreferencedStructures,
                    "delivery keys", () -> mailStore.forgetDeliveries(Instant.now().minus(keepKeys))))).start();
            SSLContext tls = TlsContexts.server(config);

            Transports transport = new Transports(new LocalDelivery(directory, mailStore),
                    new OutboundDelivery(config, DnsMxResolver.fromConfig(config), blobs));
            DsnSender notices = new DsnSender(blobs, spool, new Dsn(hostname, new SecureRandom()),
                    config.get(QueueSettings.DSN_RETURN_LIMIT));
            queue = open(new QueueManager(config, spool, new Router(directory), transport, notices, Clock.systemUTC()));
            sqlSpool.onEnqueue(queue::wake);
            queue.start();

            JvmMetrics.register(metrics);
            registerQueueMetrics(queue);
            admin = open(new AdminServer(config, directory, spool, mailStore, queue::wake, metrics));
            admin.start();
            AuthThrottle throttle = new AuthThrottle(config);
            smtp = open(new SmtpServer(config, directory, blobs, spool, () -> tls, throttle));
            smtp.start();
            pop3 = open(new Pop3Server(config, directory, sqlMailStore, sqlMailStore, blobs, () -> tls, throttle));
            pop3.start();
            imap = open(new ImapServer(config, directory, sqlMailStore, sqlMailStore, sqlMailStore,
                    sqlMailStore.changes(), blobs, sqlMailStore, () -> tls, throttle));
            imap.start();
            metrics.gauge("junction_connections_open", "Open client connections per protocol", smtp::openConnections, "protocol", "smtp");
            metrics.gauge("junction_connections_open", "Open client connections per protocol", pop3::openConnections, "protocol", "pop3");
            metrics.gauge("junction_connections_open", "Open client connections per protocol", imap::openConnections, "protocol", "imap");
            LOG.info(() -> "node " + hostname + " started: " + listeners());
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void registerQueueMetrics(QueueManager queue) {
        metrics.gauge("junction_queue_entries", "Messages in the queue", spool::size);
        for (String key : queue.counters().keySet()) {
            String[] eventAndRoute = key.split("\\.", 2);
            metrics.counter("junction_queue_recipients_" + eventAndRoute[0] + "_total",
                    "Recipients by delivery result since start, per route kind",
                    () -> queue.counters().getOrDefault(key, 0L), "route", eventAndRoute[1]);
        }
    }

    /** The data directory holds password hashes, mail and keys: only the node's user may enter it. */
    private static void createPrivate(Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir)) return;
        Files.createDirectories(dataDir);
        try {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            LOG.warning("cannot restrict permissions of " + dataDir + " on this file system");
        }
    }

    private <T extends AutoCloseable> T open(T part) {
        started.push(part);
        return part;
    }

    /** Each running listener and the address it is bound to (real ports, also when configured as 0). */
    public Map<String, Integer> listeners() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (ListenerRole role : ListenerRole.values()) {
            smtp.port(role).ifPresent(p -> ports.put("smtp " + role.name().toLowerCase(java.util.Locale.ROOT), p));
        }
        for (Pop3Role role : Pop3Role.values()) {
            pop3.port(role).ifPresent(p -> ports.put(role.name().toLowerCase(java.util.Locale.ROOT), p));
        }
        for (ImapRole role : ImapRole.values()) {
            imap.port(role).ifPresent(p -> ports.put(role.name().toLowerCase(java.util.Locale.ROOT), p));
        }
        ports.put("admin", admin.port());
        return ports;
    }

    public int smtpPort(ListenerRole role) {
        return smtp.port(role).orElseThrow(() -> new IllegalStateException(role + " listener is not running"));
    }

    public int pop3Port(Pop3Role role) {
        return pop3.port(role).orElseThrow(() -> new IllegalStateException(role + " listener is not running"));
    }

    public int imapPort(ImapRole role) {
        return imap.port(role).orElseThrow(() -> new IllegalStateException(role + " listener is not running"));
    }

    public int adminPort() {
        return admin.port();
    }

    public Config config() {
        return config;
    }

    public Directory directory() {
        return directory;
    }

    public MailStore mailStore() {
        return mailStore;
    }

    public Spool spool() {
        return spool;
    }

    public BlobStore blobs() {
        return blobs;
    }

    public Metrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "while stopping " + part.getClass().getSimpleName(), e);
            }
        }
    }
}
