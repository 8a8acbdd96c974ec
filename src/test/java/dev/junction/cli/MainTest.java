package dev.junction.cli;

import dev.junction.config.ConfigReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void helpNamesEveryCommand() {
        Run r = Run.of("--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("serve", "config", "admin", "config show", "config reference [--example]",
                "admin domain", "admin account", "admin alias", "admin group", "admin queue",
                "passwd", "add-member", "release", "flush", "-c, --config=FILE");
    }

    @Test
    void everySubcommandHasHelp() {
        Run r = Run.of("admin", "account", "add", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: junction admin account add", "--password-stdin", "--quota=SIZE", "--name=NAME");
        assertThat(Run.of("admin", "queue", "-h").out()).contains("hold", "release", "delete", "flush", "show", "list");
    }

    @Test
    void versionIsPrinted() {
        Run r = Run.of("--version");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("junction ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            frobnicate                                      | Unmatched argument
            admin account add                               | Missing required parameter
            admin account add a@example.com --password x    | Unknown options: '--password'
            admin alias add info@example.com                | Missing required parameter
            config                                          | Missing required subcommand
            admin                                           | Usage: junction admin
            """)
    void usageErrorsExitWith2(String args, String message) {
        Run r = Run.of(args.split(" "));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(message);
    }

    @Test
    void missingConfigFileIsAUsageError() {
        Run r = Run.of("-c", dir.resolve("nope.conf").toString(), "config", "show");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("junction: configuration file " + dir.resolve("nope.conf") + " not found\n");
    }

    @Test
    void invalidConfigListsEveryProblem() throws Exception {
        Path conf = Files.writeString(dir.resolve("junction.conf"), "admin.listen = here\nsmtp.colour = blue\n");
        Run r = Run.of("config", "show", "--config", conf.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("invalid configuration (2 problems):", "  admin.listen: 'here' is not a listen address", "  smtp.colour: unknown setting");
    }

    @Test
    void configShowUsesJunctionConfigFromTheEnvironment() throws Exception {
        Path conf = Files.writeString(dir.resolve("x.conf"), "node.hostname = mx.example.com\n");
        Run r = Run.of("", Map.of("JUNCTION_CONFIG", conf.toString()), "config", "show");
        assertThat(r.status()).isZero();
        assertThat(r.out()).containsPattern("(?m)^KEY +VALUE +SOURCE$")
                .containsPattern("(?m)^node\\.hostname +mx\\.example\\.com +" + java.util.regex.Pattern.quote(conf.toString()) + "$")
                .containsPattern("(?m)^admin\\.listen +127\\.0\\.0\\.1:2080 +default$");
    }

    @Test
    void configReferencePrintsTheGeneratedDocs() {
        assertThat(Run.of("config", "reference").out()).isEqualTo(ConfigReference.markdown());
        assertThat(Run.of("config", "reference", "--example").out()).isEqualTo(ConfigReference.example());
    }

    @Test
    void tableColumnsAreAligned() {
        var out = new java.io.StringWriter();
        new Table("ID", "FROM").row("4F2A0001", "<a@example.com>").row("1", null).print(new java.io.PrintWriter(out));
        assertThat(out.toString()).isEqualTo("""
                ID        FROM
                4F2A0001  <a@example.com>
                1         -
                """);
    }

    @ParameterizedTest
    @CsvSource({"0, 0B", "1023, 1023B", "1024, 1K", "1536, 1.5K", "1073741824, 1G"})
    void sizesAreHumanReadable(long bytes, String text) {
        assertThat(Table.size(bytes)).isEqualTo(text);
    }
}
