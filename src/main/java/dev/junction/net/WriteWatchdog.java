package dev.junction.net;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bounds every write to a client. Java sockets have no write timeout, so a client that sends
 * but never reads would leave its session blocked in a write forever once the TCP buffers fill.
 * Each guarded write arms a timer that closes the raw TCP socket (never the TLS layer above it,
 * whose close would wait for the same blocked write) when the write outlasts the limit.
 * One timer thread serves every session of the server.
 */
public final class WriteWatchdog implements AutoCloseable {

    private final Logger log;

    private final Duration limit;
    private final ScheduledThreadPoolExecutor timer;

    /** @param protocol names the timer thread and the logger ("smtp": junction.smtp) */
    public WriteWatchdog(String protocol, Duration limit) {
        this.limit = limit;
        this.log = Logger.getLogger("junction." + protocol);
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, protocol + "-write-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The socket's stream, with each write and flush bounded by the limit. */
    public OutputStream guard(OutputStream out, Socket raw, String sessionId) {
        return new GuardedOutputStream(out, this, raw, sessionId);
    }

    /** Runs a blocking step (a TLS handshake) under the same bound. */
    public void bound(Socket raw, String sessionId, IoStep step) throws IOException {
        ScheduledFuture<?> alarm;
        try {
            alarm = timer.schedule(() -> expire(raw, sessionId), limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            throw new IOException("server closing", e); // its sockets are being closed too
        }
        try {
            step.run();
        } finally {
            alarm.cancel(false);
        }
    }

    private void expire(Socket raw, String sessionId) {
        log.info(() -> "session " + sessionId + ": write blocked longer than " + limit.toMillis() + "ms, closing");
        try {
            raw.close();
        } catch (IOException e) {
            log.log(Level.FINE, "session " + sessionId + ": close after write timeout", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    public interface IoStep {
        void run() throws IOException;
    }
}
