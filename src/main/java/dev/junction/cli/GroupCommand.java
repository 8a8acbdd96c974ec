package dev.junction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

@Command(name = "group", description = "Addresses whose every member receives the message.",
        synopsisSubcommandLabel = "(add | list | remove | add-member | remove-member)")
final class GroupCommand {

    private final Cli cli;

    GroupCommand(Cli cli) {
        this.cli = cli;
    }

    @Command(name = "add", description = "Add an empty group.")
    int add(@Parameters(paramLabel = "GROUP") String group,
            @Option(names = "--name", paramLabel = "NAME", description = "Display name.") String name) {
        cli.admin().post("/groups", name == null ? Map.of("address", group) : Map.of("address", group, "name", name));
        cli.out.println("added group " + group);
        return 0;
    }

    @Command(name = "list", description = "List groups and their members.")
    int list(@Option(names = "--domain", paramLabel = "DOMAIN", description = "Only this domain.") String domain) {
        Table t = new Table("GROUP", "NAME", "MEMBERS");
        for (JsonNode g : cli.admin().get(AdminClient.inDomain("/groups", domain))) {
            t.row(g.get("address").asText(), g.get("name").asText(), Table.joined(g.get("members")));
        }
        t.print(cli.out);
        return 0;
    }

    @Command(name = "remove", description = "Remove a group (its members' accounts stay).")
    int remove(@Parameters(paramLabel = "GROUP") String group) {
        cli.admin().delete(path(group));
        cli.out.println("removed group " + group);
        return 0;
    }

    @Command(name = "add-member", description = "Add an address (local or outside) to a group.")
    int addMember(@Parameters(paramLabel = "GROUP") String group, @Parameters(paramLabel = "MEMBER") String member) {
        cli.admin().post(path(group) + "/members", Map.of("address", member));
        cli.out.println("added " + member + " to " + group);
        return 0;
    }

    @Command(name = "remove-member", description = "Remove an address from a group.")
    int removeMember(@Parameters(paramLabel = "GROUP") String group, @Parameters(paramLabel = "MEMBER") String member) {
        cli.admin().delete(path(group) + "/members/" + AdminClient.segment(member));
        cli.out.println("removed " + member + " from " + group);
        return 0;
    }

    private static String path(String group) {
        return "/groups/" + AdminClient.segment(group);
    }
}
