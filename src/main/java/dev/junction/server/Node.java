package dev.junction.server;

import dev.junction.config.Config;

/**
 * One running Junction process: opens the stores, starts the queue manager and the listeners,
 * and closes them in reverse order. (Wiring is filled in as the parts land.)
 */
public final class Node implements AutoCloseable {

    private final Config config;

    public Node(Config config) {
        this.config = config;
    }

    public Config config() {
        return config;
    }

    public void start() {
    }

    @Override
    public void close() {
    }
}
