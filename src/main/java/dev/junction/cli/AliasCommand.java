package dev.junction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

@Command(name = "alias", description = "Addresses that forward to other addresses.", synopsisSubcommandLabel = "(add | list | remove)")
final class AliasCommand {

    private final Cli cli;

    AliasCommand(Cli cli) {
        this.cli = cli;
    }

    @Command(name = "add", description = "Add an alias forwarding to one or more addresses, local or outside.")
    int add(@Parameters(index = "0", paramLabel = "ALIAS") String alias,
            @Parameters(index = "1..*", arity = "1..*", paramLabel = "TARGET") List<String> targets) {
        cli.admin().post("/aliases", Map.of("address", alias, "targets", targets));
        cli.out.println("added alias " + alias + " -> " + String.join(", ", targets));
        return 0;
    }

    @Command(name = "list", description = "List aliases and where they forward.")
    int list(@Option(names = "--domain", paramLabel = "DOMAIN", description = "Only this domain.") String domain) {
        Table t = new Table("ALIAS", "TARGETS");
        for (JsonNode a : cli.admin().get(AdminClient.inDomain("/aliases", domain))) {
            t.row(a.get("address").asText(), Table.joined(a.get("targets")));
        }
        t.print(cli.out);
        return 0;
    }

    @Command(name = "remove", description = "Remove an alias.")
    int remove(@Parameters(paramLabel = "ALIAS") String alias) {
        cli.admin().delete("/aliases/" + AdminClient.segment(alias));
        cli.out.println("removed alias " + alias);
        return 0;
    }
}
