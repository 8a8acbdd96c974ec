package dev.junction.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/admin-guide.md lists what the server advertises after login; this keeps the two the same. */
class CapabilitiesDocTest {

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void theAdminGuideListsTheCapabilitiesTheServerAdvertises() throws Exception {
        List<String> guide = Files.readAllLines(Path.of("docs/admin-guide.md"));
        int heading = guide.indexOf("Capabilities after login (the test `CapabilitiesDocTest` keeps this line true):");
        assertThat(heading).as("the capability paragraph in the admin guide").isPositive();
        String documented = guide.get(heading + 3);
        try (ImapClient c = server.alice()) {
            List<String> lines = c.ok("CAPABILITY");
            assertThat(lines).singleElement().isEqualTo("* CAPABILITY " + documented);
        }
    }
}
