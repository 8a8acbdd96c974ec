package dev.junction.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.junction.config.Config;
import dev.junction.config.Listen;
import dev.junction.config.NodeSettings;
import dev.junction.directory.Directory;
import dev.junction.metrics.Metrics;
import dev.junction.queue.Spool;
import dev.junction.store.MailStore;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;

/**
 * The admin REST API on admin.listen: JSON over HTTP, every request authorised by the bearer
 * token in {@code <data_dir>/admin.token}. The CLI and the web console are its clients.
 * One virtual thread per request; the JDK's HTTP server does the protocol work.
 */
public final class AdminServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.admin");

    private final Listen listen;
    private final java.nio.file.Path dataDir;
    private final Router router = new Router();
    // Views carry instants as ISO-8601 strings, so no Java-time module is needed.
    private final ObjectMapper json = new ObjectMapper();
    private HttpServer server;
    private ExecutorService executor;

    /**
     * @param wake runs after a queue flush, so the queue manager looks at the queue now
     *             instead of at its next timer
     */
    public AdminServer(Config config, Directory directory, Spool spool, MailStore store, Runnable wake, Metrics metrics) {
        this.listen = config.get(AdminSettings.LISTEN);
        this.dataDir = config.get(NodeSettings.DATA_DIR);
        metrics.gauge("junction_queue_entries", "Messages in the queue", spool::size);
        DomainRoutes.register(router, directory);
        AccountRoutes.register(router, directory, store);
        AliasRoutes.register(router, directory);
        GroupRoutes.register(router, directory);
        QueueRoutes.register(router, spool, wake);
        router.add("GET", "/metrics", r -> ApiResponse.text(metrics.render(), "text/plain; version=0.0.4; charset=utf-8"));
    }

    /** Binds the listener (unless admin.listen is off) and creates the token on first start. */
    public void start() throws IOException {
        if (!listen.enabled()) return;
        AdminToken token = AdminToken.loadOrCreate(dataDir);
        server = HttpServer.create(new InetSocketAddress(listen.host(), listen.port()), 50);
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        AdminDispatch dispatch = new AdminDispatch(router, token, json);
        server.createContext("/", dispatch::handle);
        server.start();
        LOG.info("admin API listening on " + listen.host() + ":" + port());
    }

    /** The bound port (differs from admin.listen when that asks for port 0); -1 when off. */
    public int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    @Override
    public void close() {
        if (server != null) server.stop(0);
        if (executor != null) executor.close();
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
