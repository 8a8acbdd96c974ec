package dev.junction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "account", description = "People's logins and mailboxes.",
        synopsisSubcommandLabel = "(add | list | passwd | quota | lock | unlock | disable | enable | remove)")
final class AccountCommand {

    private final Cli cli;

    AccountCommand(Cli cli) {
        this.cli = cli;
    }

    @Command(name = "add", description = {"Add an account and create its mailboxes.",
            "The password is asked twice at the terminal, or read as one line from standard input."})
    int add(@Parameters(paramLabel = "ADDRESS") String address,
            @Option(names = "--name", paramLabel = "NAME", description = "Display name.") String name,
            @Option(names = "--quota", paramLabel = "SIZE", description = "Mailbox quota such as 500M or 2G (default: none).") String quota,
            @Option(names = "--password-stdin", description = "Read the password from standard input.") boolean stdin) {
        char[] password = PasswordInput.read(cli, address, stdin);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("address", address);
        body.put("name", name);
        body.put("password", password);
        if (quota != null) body.put("quota", quota);
        try {
            JsonNode a = cli.admin().post("/accounts", body);
            cli.out.println("added account " + a.get("address").asText());
        } finally {
            Arrays.fill(password, '\0');
        }
        return 0;
    }

    @Command(name = "list", description = "List accounts with their state, quota and use.")
    int list(@Option(names = "--domain", paramLabel = "DOMAIN", description = "Only this domain.") String domain) {
        JsonNode accounts = cli.admin().get(AdminClient.inDomain("/accounts", domain));
        Table t = new Table("ADDRESS", "NAME", "STATE", "QUOTA", "USED", "MESSAGES");
        for (JsonNode a : accounts) {
            long quota = a.get("quota").asLong();
            t.row(a.get("address").asText(), a.get("name").asText(), a.get("state").asText().toLowerCase(java.util.Locale.ROOT),
                    quota == 0 ? "none" : Table.size(quota), Table.size(a.get("used").asLong()), a.get("messages").asLong());
        }
        t.print(cli.out);
        return 0;
    }

    @Command(name = "passwd", description = "Set an account's password (asked twice, or one line on standard input).")
    int passwd(@Parameters(paramLabel = "ADDRESS") String address,
               @Option(names = "--password-stdin", description = "Read the password from standard input.") boolean stdin) {
        char[] password = PasswordInput.read(cli, address, stdin);
        try {
            cli.admin().put(path(address) + "/password", Map.of("password", password));
        } finally {
            Arrays.fill(password, '\0');
        }
        cli.out.println("password changed for " + address);
        return 0;
    }

    @Command(name = "quota", description = "Set an account's quota (0 for none).")
    int quota(@Parameters(paramLabel = "ADDRESS") String address, @Parameters(paramLabel = "SIZE") String size) {
        cli.admin().put(path(address) + "/quota", Map.of("quota", size));
        cli.out.println("quota of " + address + " set to " + size);
        return 0;
    }

    @Command(name = "lock", description = "Stop the account from logging in; mail still arrives.")
    int lock(@Parameters(paramLabel = "ADDRESS") String address) {
        return state(address, "LOCKED", "locked");
    }

    @Command(name = "unlock", description = "Let a locked account log in again.")
    int unlock(@Parameters(paramLabel = "ADDRESS") String address) {
        return state(address, "ACTIVE", "unlocked");
    }

    @Command(name = "disable", description = "Refuse logins and mail for the account; its mail is kept.")
    int disable(@Parameters(paramLabel = "ADDRESS") String address) {
        return state(address, "DISABLED", "disabled");
    }

    @Command(name = "enable", description = "Bring a disabled account back.")
    int enable(@Parameters(paramLabel = "ADDRESS") String address) {
        return state(address, "ACTIVE", "enabled");
    }

    @Command(name = "remove", description = "Remove the account and delete all its mail.")
    int remove(@Parameters(paramLabel = "ADDRESS") String address) {
        cli.admin().delete(path(address));
        cli.out.println("removed account " + address);
        return 0;
    }

    private int state(String address, String state, String done) {
        cli.admin().put(path(address) + "/state", Map.of("state", state));
        cli.out.println(done + " " + address);
        return 0;
    }

    private static String path(String address) {
        return "/accounts/" + AdminClient.segment(address);
    }
}
