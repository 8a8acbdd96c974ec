package dev.junction.sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for an engine with one writer at a time (SQLite): writers hand their work to one
 * thread that runs everything waiting in one transaction, each piece inside its own savepoint,
 * and commits once. A durable commit costs an fsync; under load many writers share one instead
 * of queueing for one each. A piece that fails is rolled back to its savepoint alone and its
 * exception reaches its own caller; a failed commit fails every piece of the batch.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.store");
    private static final int MAX_BATCH = 256;

    private record Piece<T, X extends Exception>(SqlWork<T, X> work, CompletableFuture<Object> done) {
    }

    private final DataSource dataSource;
    private final LinkedBlockingQueue<Piece<?, ?>> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean open = true;

    GroupCommit(DataSource dataSource) {
        this.dataSource = dataSource;
        this.writer = Thread.ofPlatform().name("junction-db-writer").daemon().start(this::run);
    }

    /** Runs the work in the next batch; returns once that batch's commit is durable. */
    @SuppressWarnings("unchecked")
    <T, X extends Exception> T write(SqlWork<T, X> work) throws X {
        if (Thread.currentThread() == writer) throw new IllegalStateException("a write inside a write");
        if (!open) throw new StorageException("database closed", null);
        CompletableFuture<Object> done = new CompletableFuture<>();
        waiting.add(new Piece<>(work, done));
        try {
            return (T) done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw (X) cause; // the work's own checked exception, unchanged
        }
    }

    /** Writers waiting for the next batch. */
    int waiting() {
        return waiting.size();
    }

    private void run() {
        List<Piece<?, ?>> batch = new ArrayList<>();
        while (open || !waiting.isEmpty()) {
            try {
                Piece<?, ?> first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "database writer failed", e);
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        StorageException closed = new StorageException("database closed", null);
        for (Piece<?, ?> p; (p = waiting.poll()) != null; ) p.done().completeExceptionally(closed);
    }

    private void commit(List<Piece<?, ?>> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (Piece<?, ?> piece : batch) results.add(runPiece(c, piece));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        } catch (SQLException e) {
            StorageException failure = new StorageException("database failure: " + e.getMessage(), e);
            batch.forEach(p -> p.done().completeExceptionally(failure));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Object r = results.get(i);
            if (r instanceof Failed f) batch.get(i).done().completeExceptionally(f.cause());
            else batch.get(i).done().complete(r);
        }
    }

    private record Failed(Throwable cause) {
    }

    /** One piece in its savepoint: its result, or {@link Failed} after rolling back to the savepoint. */
    private static Object runPiece(Connection c, Piece<?, ?> piece) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try {
            Object result = piece.work().run(c);
            c.releaseSavepoint(sp);
            return result;
        } catch (Exception | Error e) {
            c.rollback(sp);
            c.releaseSavepoint(sp);
            Throwable cause = e instanceof SQLException sql ? new StorageException("database failure: " + sql.getMessage(), sql) : e;
            return new Failed(cause);
        }
    }

    @Override
    public void close() {
        open = false; // the writer finishes what is waiting, then stops
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
