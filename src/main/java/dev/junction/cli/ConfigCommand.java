package dev.junction.cli;

import dev.junction.config.ConfigReference;
import dev.junction.config.ConfigShow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Shows the effective configuration, or prints the reference generated from the settings. */
@Command(name = "config", description = "Show the effective configuration or print the settings reference.",
        subcommands = {}, synopsisSubcommandLabel = "(show | reference)")
final class ConfigCommand {

    private final Cli cli;

    ConfigCommand(Cli cli) {
        this.cli = cli;
    }

    @Command(name = "show", description = "Every setting's effective value and where it comes from (default, the file, an override).")
    int show() {
        Table t = new Table("KEY", "VALUE", "SOURCE");
        ConfigShow.rows(cli.config()).forEach(r -> t.row(r.key(), r.value().isEmpty() ? "\"\"" : r.value(), r.source()));
        t.print(cli.out);
        return 0;
    }

    @Command(name = "reference", description = "Print docs/configuration.md (or, with --example, junction.conf.example).")
    int reference(@Option(names = "--example", description = "Print a commented example configuration file instead.") boolean example) {
        cli.out.print(example ? ConfigReference.example() : ConfigReference.markdown());
        cli.out.flush();
        return 0;
    }
}
