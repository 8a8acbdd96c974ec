package dev.junction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Map;

@Command(name = "domain", description = "Mail domains this node receives for.", synopsisSubcommandLabel = "(add | list | remove)")
final class DomainCommand {

    private final Cli cli;

    DomainCommand(Cli cli) {
        this.cli = cli;
    }

    @Command(name = "add", description = "Add a mail domain.")
    int add(@Parameters(paramLabel = "DOMAIN") String domain) {
        JsonNode d = cli.admin().post("/domains", Map.of("name", domain));
        cli.out.println("added domain " + d.get("name").asText());
        return 0;
    }

    @Command(name = "list", description = "List the mail domains.")
    int list() {
        Table t = new Table("DOMAIN");
        cli.admin().get("/domains").forEach(d -> t.row(d.get("name").asText()));
        t.print(cli.out);
        return 0;
    }

    @Command(name = "remove", description = "Remove a domain that has no accounts, aliases or groups left.")
    int remove(@Parameters(paramLabel = "DOMAIN") String domain) {
        cli.admin().delete("/domains/" + AdminClient.segment(domain));
        cli.out.println("removed domain " + domain);
        return 0;
    }
}
