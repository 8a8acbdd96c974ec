package dev.junction.cli;

import dev.junction.config.Config;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every command shares: the streams, the environment, the console (null when there is no
 * terminal) and the configuration file chosen by -c, $JUNCTION_CONFIG or ./junction.conf.
 */
final class Cli {

    final InputStream in;
    final PrintWriter out;
    final PrintWriter err;
    final Console console;
    private final Map<String, String> env;
    private Path configFile;

    Cli(InputStream in, PrintWriter out, PrintWriter err, Console console, Map<String, String> env) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.console = console;
        this.env = env;
    }

    void configFile(Path file) {
        this.configFile = file;
    }

    /** The file to read, or null when none is given and ./junction.conf does not exist (defaults). */
    Path configPath() {
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) throw new CliException("configuration file " + configFile + " not found", CliException.USAGE);
            return configFile;
        }
        String fromEnv = env.get("JUNCTION_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path p = Path.of(fromEnv);
            if (!Files.isRegularFile(p)) throw new CliException("JUNCTION_CONFIG names " + p + ", which does not exist", CliException.USAGE);
            return p;
        }
        Path local = Path.of("junction.conf");
        return Files.isRegularFile(local) ? local : null;
    }

    /** Loads the configuration; a ConfigException reaches Main, which prints every problem. */
    Config config() {
        return Config.load(configPath(), Map.of());
    }

    AdminClient admin() {
        return AdminClient.forConfig(config());
    }
}
