package dev.junction.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's periodic chores (collecting unreferenced blobs, dropping the cached structures of
 * removed messages, forgetting old delivery keys), run one after another on one virtual thread
 * every interval. A chore that fails is logged and tried again next time; it never stops the others.
 */
final class Housekeeping implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.node");

    interface Chore {
        void run() throws Exception;
    }

    private final Duration interval;
    private final Map<String, Chore> chores;
    private final Thread thread;

    Housekeeping(Duration interval, Map<String, Chore> chores) {
        this.interval = interval;
        this.chores = new LinkedHashMap<>(chores);
        this.thread = Thread.ofVirtual().name("junction-housekeeping").unstarted(this::loop);
    }

    Housekeeping start() {
        thread.start();
        return this;
    }

    private void loop() {
        while (true) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            chores.forEach((name, chore) -> {
                try {
                    chore.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "housekeeping: " + name + " failed; next try in " + interval, e);
                }
            });
            if (Thread.currentThread().isInterrupted()) return;
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
