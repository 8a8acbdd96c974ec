package dev.junction.cli;

import dev.junction.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The {@code junction} command: run a node, inspect its configuration, administer it. */
@Command(name = "junction", mixinStandardHelpOptions = true, versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {"Junction mail server: one program for the hub, the branches and everything between.", ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {
                "Configuration commands:",
                "  config show                  effective value and source of every setting",
                "  config reference [--example] the settings reference, or an example file",
                "",
                "Administration commands (clients of a running node's admin API):",
                "  admin domain   add | list | remove",
                "  admin account  add | list | passwd | quota | lock | unlock | disable |",
                "                 enable | remove",
                "  admin alias    add | list | remove",
                "  admin group    add | list | remove | add-member | remove-member",
                "  admin queue    list | show | hold | release | delete | flush",
                "",
                "The configuration file is -c FILE, else $JUNCTION_CONFIG, else junction.conf",
                "in the current directory; without one, every setting has its default.",
                "Run `junction COMMAND --help` (e.g. `junction admin account add --help`)",
                "for the options of each command.",
                "Exit status: 0 done, 1 failed, 2 bad usage or configuration."})
public final class Main implements Callable<Integer> {

    private final Cli cli;

    @Spec
    CommandSpec spec;

    Main(Cli cli) {
        this.cli = cli;
    }

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (default: $JUNCTION_CONFIG, else junction.conf in the current directory).")
    void config(Path file) {
        cli.configFile(file);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(cli.err);
        return CliException.USAGE;
    }

    public static void main(String[] args) {
        Charset cs = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, cs);
        PrintWriter err = new PrintWriter(System.err, true, cs);
        int status = run(new Cli(System.in, out, err, System.console(), System.getenv()), args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    static int run(Cli cli, String... args) {
        CommandLine cmd = commandLine(cli);
        int status = cmd.execute(args);
        cli.out.flush();
        cli.err.flush();
        return status;
    }

    static CommandLine commandLine(Cli cli) {
        CommandLine cmd = new CommandLine(new Main(cli));
        cmd.addSubcommand("serve", new ServeCommand(cli));
        cmd.addSubcommand("config", new ConfigCommand(cli));
        cmd.addSubcommand("admin", new AdminCommand());
        CommandLine admin = cmd.getSubcommands().get("admin");
        admin.addSubcommand("domain", new DomainCommand(cli));
        admin.addSubcommand("account", new AccountCommand(cli));
        admin.addSubcommand("alias", new AliasCommand(cli));
        admin.addSubcommand("group", new GroupCommand(cli));
        admin.addSubcommand("queue", new QueueCommand(cli));
        cmd.getSubcommands().values().forEach(Main::addHelpOption);
        // After the subcommands are added: setOut and setErr reach only those present.
        cmd.setOut(cli.out);
        cmd.setErr(cli.err);
        cmd.setExecutionExceptionHandler((e, commandLine, parsed) -> failure(cli, e));
        return cmd;
    }

    /** -h/--help on every subcommand (the root's footer and -V stay on the root only). */
    private static void addHelpOption(CommandLine sub) {
        sub.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        sub.getSubcommands().values().forEach(Main::addHelpOption);
    }

    private static int failure(Cli cli, Exception e) {
        if (e instanceof CliException c) {
            cli.err.println("junction: " + c.getMessage());
            return c.exitCode();
        }
        if (e instanceof ConfigException c) {
            cli.err.println("junction: invalid configuration (" + c.problems().size() + " problem"
                    + (c.problems().size() == 1 ? "" : "s") + "):");
            c.problems().forEach(p -> cli.err.println("  " + p));
            return CliException.USAGE;
        }
        cli.err.println("junction: " + e);
        return CliException.FAILED;
    }
}
