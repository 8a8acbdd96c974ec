package dev.junction.e2e;

import dev.junction.mail.MailAddress;
import dev.junction.smtp.ListenerRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Submission from Python's smtplib: aliases, groups, an internationalised local part, unknown users. */
class PythonSmtplibTest {

    @TempDir
    Path dir;

    @Test
    void sendsToAliasesGroupsAndUtf8AddressesAndSeesUnknownUsersRefused() throws Exception {
        try (TestNode node = TestNode.start(dir).domain("example.test")) {
            for (String user : List.of("alice", "bob", "carol", "dave", "jürgen")) {
                node.account(user + "@example.test", user + "-pass");
            }
            node.node().directory().addAlias(MailAddress.parse("team@example.test"),
                    List.of(MailAddress.parse("bob@example.test"), MailAddress.parse("carol@example.test")));
            node.node().directory().addGroup(MailAddress.parse("staff@example.test"), "Staff");
            node.node().directory().addMember(MailAddress.parse("staff@example.test"), MailAddress.parse("carol@example.test"));
            node.node().directory().addMember(MailAddress.parse("staff@example.test"), MailAddress.parse("dave@example.test"));

            Tool.Result python = Tool.run("python3", Tool.resource("smtplib_send.py").toString(),
                    String.valueOf(node.port(ListenerRole.SUBMISSION)));

            assertThat(python.exitCode()).as(python.output()).isZero();
            assertThat(python.lines()).containsExactly(
                    "many refused=0",
                    "utf8 refused=0",
                    "partly nobody@example.test 550 5.1.1 Recipient address rejected: user unknown",
                    "unknown nobody@example.test 550 5.1.1 Recipient address rejected: user unknown",
                    "done");

            // bob: direct, via the alias, and in "partly"; carol through both alias and group, once.
            assertThat(node.awaitInbox("bob@example.test", 2)).hasSize(2);
            assertThat(node.awaitInbox("carol@example.test", 1)).hasSize(1);
            assertThat(node.awaitInbox("dave@example.test", 1)).hasSize(1);
            String utf8 = node.text(node.awaitInbox("jürgen@example.test", 1).getFirst());
            assertThat(utf8).startsWith("Return-Path: <alice@example.test>\r\n")
                    .contains("with UTF8SMTPSA").contains("Subject: Grüße\r\n").contains("für Jürgen");
        }
    }
}
