package dev.junction.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "queue", description = "Messages waiting for delivery.", synopsisSubcommandLabel = "(list | show | hold | release | delete | flush)")
final class QueueCommand {

    private final Cli cli;

    QueueCommand(Cli cli) {
        this.cli = cli;
    }

    @Command(name = "list", description = "List queued messages, oldest first.")
    int list() {
        Table t = new Table("ID", "RECEIVED", "SIZE", "HELD", "PENDING", "FROM", "FIRST RECIPIENT");
        JsonNode entries = cli.admin().get("/queue");
        for (JsonNode e : entries) {
            JsonNode rcpts = e.get("recipients");
            long pending = 0;
            for (JsonNode r : rcpts) if (r.get("state").asText().equals("PENDING")) pending++;
            t.row(e.get("id").asText(), e.get("received").asText(), Table.size(e.get("size").asLong()),
                    e.get("held").asBoolean() ? "held" : "", pending + "/" + rcpts.size(), e.get("from").asText(),
                    rcpts.isEmpty() ? "" : rcpts.get(0).get("address").asText() + (rcpts.size() > 1 ? " (+" + (rcpts.size() - 1) + ")" : ""));
        }
        t.print(cli.out);
        cli.out.println(entries.size() + " message" + (entries.size() == 1 ? "" : "s") + " queued");
        return 0;
    }

    @Command(name = "show", description = "Show one queued message and the state of each recipient.")
    int show(@Parameters(paramLabel = "ID") String id) {
        JsonNode e = cli.admin().get(path(id));
        Table head = new Table("ID", "FROM", "RECEIVED", "SIZE", "HELD");
        head.row(e.get("id").asText(), e.get("from").asText(), e.get("received").asText(), Table.size(e.get("size").asLong()),
                e.get("held").asBoolean() ? "yes" : "no").print(cli.out);
        cli.out.println();
        Table t = new Table("RECIPIENT", "STATE", "ATTEMPTS", "NEXT ATTEMPT", "LAST REPLY");
        for (JsonNode r : e.get("recipients")) {
            t.row(r.get("address").asText(), r.get("state").asText().toLowerCase(java.util.Locale.ROOT), r.get("attempts").asInt(),
                    text(r.get("nextAttempt")), text(r.get("lastReply")));
        }
        t.print(cli.out);
        return 0;
    }

    @Command(name = "hold", description = "Keep a message in the queue without delivery attempts until released.")
    int hold(@Parameters(paramLabel = "ID") String id) {
        cli.admin().post(path(id) + "/hold", null);
        cli.out.println("held " + id);
        return 0;
    }

    @Command(name = "release", description = "Let a held message be delivered again.")
    int release(@Parameters(paramLabel = "ID") String id) {
        cli.admin().post(path(id) + "/release", null);
        cli.out.println("released " + id);
        return 0;
    }

    @Command(name = "delete", description = "Delete a queued message without delivering it or sending a bounce.")
    int delete(@Parameters(paramLabel = "ID") String id) {
        cli.admin().delete(path(id));
        cli.out.println("deleted " + id);
        return 0;
    }

    @Command(name = "flush", description = "Retry now: one message, or every message when no ID is given.")
    int flush(@Parameters(paramLabel = "ID", arity = "0..1") String id) {
        JsonNode r = cli.admin().post(id == null ? "/queue/flush" : path(id) + "/flush", null);
        cli.out.println(r.get("flushed").asInt() + " recipient(s) due now");
        return 0;
    }

    private static String path(String id) {
        return "/queue/" + AdminClient.segment(id);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "-" : n.asText();
    }
}
