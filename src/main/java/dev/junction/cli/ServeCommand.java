package dev.junction.cli;

import dev.junction.config.Config;
import dev.junction.log.LogSetup;
import dev.junction.server.Node;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Runs this node in the foreground until it is stopped (SIGTERM, Ctrl-C). */
@Command(name = "serve", description = "Run the node in the foreground: listeners, queue, delivery, admin API.")
final class ServeCommand implements Callable<Integer> {

    private final Cli cli;

    ServeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Config config = cli.config();
        LogSetup.configure(config);
        Node node = new Node(config);
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "junction-shutdown"));
        node.start();
        Table listeners = new Table("LISTENER", "PORT");
        node.listeners().forEach((name, address) -> listeners.row(name, address));
        cli.out.println("junction " + Version.version() + " started; listening on:");
        listeners.print(cli.out);
        new CountDownLatch(1).await(); // the shutdown hook closes the node; the JVM then exits
        return 0;
    }
}
