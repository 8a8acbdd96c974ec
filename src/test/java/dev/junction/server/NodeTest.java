package dev.junction.server;

import dev.junction.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NodeTest {

    @TempDir
    Path dir;

    @Test
    void aNewDataDirectoryIsPrivateAndHoldsEverythingTheNodeKeeps() throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> settings = Map.of("node.data_dir", data.toString(), "smtp.listen", "127.0.0.1:0",
                "smtp.submission_listen", "127.0.0.1:0", "smtp.submissions_listen", "127.0.0.1:0", "admin.listen", "127.0.0.1:0",
                "pop3.listen", "127.0.0.1:0", "pop3.pop3s_listen", "127.0.0.1:0",
                "imap.listen", "127.0.0.1:0", "imap.imaps_listen", "127.0.0.1:0");
        try (Node node = new Node(Config.of(settings))) {
            node.start();
            assertThat(node.listeners()).containsKeys("smtp mx", "smtp submission", "smtp submissions", "pop3", "pop3s", "imap", "imaps", "admin");
            assertThat(node.listeners().values()).allSatisfy(port -> assertThat(port).isPositive());
            try (Socket imap = new Socket("127.0.0.1", node.listeners().get("imap"))) {
                String greeting = new BufferedReader(new InputStreamReader(imap.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertThat(greeting).startsWith("* OK [CAPABILITY IMAP4rev1 IMAP4rev2");
                assertThat(node.metrics().render()).contains("junction_connections_open{protocol=\"imap\"} 1",
                        "junction_connections_open{protocol=\"smtp\"} 0", "junction_connections_open{protocol=\"pop3\"} 0");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(data.resolve("junction.db")).exists();
        assertThat(data.resolve("admin.token")).exists();
        assertThat(data.resolve("tls")).isDirectory();
        assertThat(data.resolve("blobs")).isDirectory();
    }
}
