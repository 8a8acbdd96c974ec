package dev.junction.e2e;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code junction serve} in a JVM of its own, on one data directory, killed and restarted at
 * will. The first start binds ephemeral ports; every restart binds the same ones again (a crashed
 * node must get its ports back), read from the "listening on" table that serve prints.
 */
final class NodeProcess implements AutoCloseable {

    private static final Pattern ROW = Pattern.compile("^(smtp mx|admin)\\s+(\\d+)$", Pattern.MULTILINE);
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Path dir;
    private final Path dataDir;
    private final List<String> extraSettings;
    private Process process;
    private int starts;
    private final List<Long> logStarts = new ArrayList<>();
    private int smtpPort;
    private int adminPort;

    NodeProcess(Path dir, String... extraSettings) {
        this.dir = dir;
        this.dataDir = dir.resolve("data");
        this.extraSettings = List.of(extraSettings);
    }

    Path dataDir() {
        return dataDir;
    }

    Path logFile() {
        return dir.resolve("junction.log");
    }

    /** The settings of this node, also for opening its storage from the test. */
    String configText() {
        List<String> lines = new ArrayList<>(List.of(
                "node.hostname = mx.crash.test",
                "node.data_dir = " + dataDir,
                "smtp.listen = 127.0.0.1:" + smtpPort,
                "smtp.submission_listen = off",
                "smtp.submissions_listen = off",
                "pop3.listen = off",
                "pop3.pop3s_listen = off",
                "imap.listen = off",
                "imap.imaps_listen = off",
                "admin.listen = 127.0.0.1:" + adminPort,
                "queue.retry_min = 1s",
                "queue.retry_max = 2s",
                "log.file = " + logFile()));
        lines.addAll(extraSettings);
        return String.join("\n", lines) + "\n";
    }

    /** Starts the node and returns once it listens. */
    void start() throws IOException {
        if (process != null && process.isAlive()) throw new IllegalStateException("already running");
        starts++;
        logStarts.add(Files.exists(logFile()) ? Files.size(logFile()) : 0L);
        Path conf = Files.writeString(dir.resolve("junction.conf"), configText());
        Path stdout = dir.resolve("stdout-" + starts + ".txt");
        Path stderr = dir.resolve("stderr-" + starts + ".txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "dev.junction.cli.Main", "serve", "-c", conf.toString())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        Awaitility.await("node start #" + starts).atMost(START_LIMIT).pollInterval(Duration.ofMillis(50)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("node exited with " + process.exitValue() + ": " + Files.readString(stderr)
                        + tail(logFile()));
            }
            return ports(Files.readString(stdout)).isPresent();
        });
        int[] bound = ports(Files.readString(stdout)).orElseThrow();
        if (smtpPort != 0 && (bound[0] != smtpPort || bound[1] != adminPort)) {
            throw new IllegalStateException("restart bound other ports: " + bound[0] + ", " + bound[1]);
        }
        smtpPort = bound[0];
        adminPort = bound[1];
    }

    private static Optional<int[]> ports(String stdout) {
        int smtp = 0;
        int admin = 0;
        Matcher m = ROW.matcher(stdout);
        while (m.find()) {
            if (m.group(1).equals("admin")) admin = Integer.parseInt(m.group(2));
            else smtp = Integer.parseInt(m.group(2));
        }
        return smtp > 0 && admin > 0 ? Optional.of(new int[] {smtp, admin}) : Optional.empty();
    }

    /** SIGKILL: no shutdown hook, no flush, no close; returns when the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("killed node still running");
    }

    /** SIGTERM: the shutdown hook closes the node; returns its exit status. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("node did not stop within a minute of SIGTERM");
        }
        return process.exitValue();
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    int smtpPort() {
        return smtpPort;
    }

    int adminPort() {
        return adminPort;
    }

    int starts() {
        return starts;
    }

    /** The log lines written by each run of the node, oldest run first. */
    List<List<String>> logByRun() throws IOException {
        byte[] log = Files.exists(logFile()) ? Files.readAllBytes(logFile()) : new byte[0];
        List<List<String>> runs = new ArrayList<>();
        for (int i = 0; i < logStarts.size(); i++) {
            int from = (int) (long) logStarts.get(i);
            int to = i + 1 < logStarts.size() ? (int) (long) logStarts.get(i + 1) : log.length;
            runs.add(new String(log, from, to - from, StandardCharsets.UTF_8).lines().toList());
        }
        return runs;
    }

    static String tail(Path file) throws IOException {
        if (!Files.exists(file)) return "";
        List<String> lines = Files.readAllLines(file);
        return "\n--- " + file.getFileName() + " ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (isRunning()) kill();
    }
}
