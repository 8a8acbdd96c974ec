package dev.junction.e2e;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs an outside mail client (python3, swaks, mbsync, ...) and keeps what it printed. A client
 * that is not installed fails the test, saying how to get it: ./run-tests installs them all.
 */
final class Tool {

    record Result(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private Tool() {
    }

    static Result run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }

    /** Runs to completion with {@code env} added to the environment (HOME for a client's dot files). */
    static Result run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        try (Running running = start(env, command)) {
            return running.finish();
        }
    }

    /** Starts a client whose output the test reads as it comes, to act between its steps. */
    static Running start(Map<String, String> env, String... command) throws IOException {
        requireInstalled(command[0]);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        return new Running(builder.start(), String.join(" ", command));
    }

    /** Fails (never skips) when a client is missing from PATH. */
    static void requireInstalled(String program) {
        boolean found = Path.of(program).isAbsolute() ? Files.isExecutable(Path.of(program))
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
        if (!found) {
            throw new AssertionError(program + " is not installed; run ./run-tests, which installs the"
                    + " end-to-end test clients (or apt-get install swaks isync fetchmail mutt python3)");
        }
    }

    /** A client still running: its output line by line, all of it kept for the result. */
    static final class Running implements AutoCloseable {

        private final Process process;
        private final String command;
        private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
        private final StringBuilder output = new StringBuilder();
        private final CompletableFuture<Void> drained;

        private Running(Process process, String command) throws IOException {
            this.process = process;
            this.command = command;
            process.getOutputStream().close();
            // Drain while it runs: a client that fills the pipe would otherwise never exit.
            drained = CompletableFuture.runAsync(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        synchronized (output) {
                            output.append(line).append('\n');
                        }
                        unread.add(line);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, Executors.newVirtualThreadPerTaskExecutor());
        }

        /** Waits for the next line that matches, skipping the others; fails when the client ends first. */
        String awaitLine(Predicate<String> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TestNode.WAIT.toNanos();
            while (true) {
                String line = unread.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && wanted.test(line)) return line;
                if (line == null && (drained.isDone() || System.nanoTime() > deadline)) {
                    throw new AssertionError(command + " did not print the awaited line; it printed:\n" + output());
                }
            }
        }

        Result finish() throws InterruptedException {
            if (!process.waitFor(TestNode.WAIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in " + TestNode.WAIT + "; it printed:\n" + output());
            }
            drained.join();
            return new Result(process.exitValue(), output());
        }

        private String output() {
            synchronized (output) {
                return output.toString();
            }
        }

        @Override
        public void close() {
            if (process.isAlive()) process.destroyForcibly();
        }
    }

    /** A file from src/test/resources/dev/junction/e2e. */
    static Path resource(String name) {
        try {
            return Path.of(Tool.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
