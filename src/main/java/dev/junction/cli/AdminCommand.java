package dev.junction.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The group of commands that talk to a running node's admin API. */
@Command(name = "admin", description = "Administer a running node through its admin API (admin.listen, token in <data_dir>/admin.token).",
        synopsisSubcommandLabel = "(domain | account | alias | group | queue)")
final class AdminCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliException.USAGE;
    }
}
