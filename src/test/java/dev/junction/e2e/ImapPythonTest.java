package dev.junction.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.junction.imap.ImapRole;
import dev.junction.mail.MailAddress;
import dev.junction.smtp.ListenerRole;
import dev.junction.store.Mailbox;
import dev.junction.store.StoredMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IMAP from Python's imaplib (src/test/resources/dev/junction/e2e/imaplib_session.py): a whole
 * session over STARTTLS, from LIST to LOGOUT, with a delivery over SMTP while the script idles.
 * The script prints what each step got as JSON; a step that failed shows its error there.
 */
class ImapPythonTest {

    private static final String GREETING = "Grüße aus Köln";

    @TempDir
    Path dir;

    @Test
    void imaplibSessionOverStartTls() throws Exception {
        try (TestNode node = TestNode.start(dir).domain("example.test")) {
            node.account("alice@example.test", "alice-pass");
            node.account("bob@example.test", "bob-pass");
            int submission = node.port(ListenerRole.SUBMISSION);
            Submit.send(submission, "alice@example.test", "alice-pass", "bob@example.test", GREETING, "Hallo Bob!\r\n");
            node.awaitInbox("bob@example.test", 1);
            Submit.sendWithAttachment(submission, "alice@example.test", "alice-pass", "bob@example.test", "Zahlen",
                    "anbei\r\n", "zahlen.bin", new byte[] {0, 1, 2, (byte) 0xff, '\r', '\n', 'x'});
            node.awaitInbox("bob@example.test", 2);
            Submit.send(submission, "alice@example.test", "alice-pass", "bob@example.test", "third", "3\r\n");
            List<StoredMessage> delivered = node.awaitInbox("bob@example.test", 3);

            Tool.Result python;
            try (Tool.Running script = Tool.start(Map.of(), "python3", Tool.resource("imaplib_session.py").toString(),
                    "127.0.0.1", String.valueOf(node.port(ImapRole.IMAP)), "bob@example.test", "bob-pass")) {
                script.awaitLine("idle-waiting"::equals);
                Submit.send(submission, "alice@example.test", "alice-pass", "bob@example.test", "fourth", "4\r\n");
                python = script.finish();
            }

            assertThat(python.exitCode()).as(python.output()).isZero();
            JsonNode out = new ObjectMapper().readTree(python.lines().getLast());
            String all = out.toPrettyString();
            assertThat(out.properties()).as("steps that failed, in " + all)
                    .filteredOn(step -> step.getValue().has("error")).isEmpty();

            assertThat(out.get("greeting").asText()).as(all).matches("\\* OK \\[CAPABILITY .*] Junction IMAP ready");
            assertThat(strings(out.get("capabilities_before_tls"))).as(all).contains("STARTTLS", "IMAP4REV1", "LOGINDISABLED");
            assertThat(out.get("starttls").get(0).asText()).as(all).isEqualTo("OK");
            assertThat(strings(out.get("capabilities_after_tls"))).as(all).contains("AUTH=PLAIN")
                    .doesNotContain("STARTTLS", "LOGINDISABLED");
            assertThat(out.get("login").get(0).asText()).as(all).isEqualTo("OK");
            assertThat(out.get("capability").get(1).get(0).asText()).as(all)
                    .contains(" IDLE ", " UIDPLUS ", " MOVE ", " LITERAL+ ").doesNotContain("STARTTLS");

            assertThat(out.get("list").get(0).asText()).as(all).isEqualTo("OK");
            List<String> list = strings(out.get("list").get(1));
            for (String name : List.of("INBOX", "Sent", "Drafts", "Trash", "Junk", "Archive")) {
                assertThat(list).as(all).anyMatch(l -> l.matches("\\(.*\\) \"/\" \"?" + name + "\"?"));
            }
            assertThat(list).as("special-use attributes, " + all).anyMatch(l -> l.matches("\\(.*\\\\Trash.*\\) \"/\" \"?Trash\"?"));

            assertThat(out.get("select")).as(all).hasToString("[\"OK\",[\"3\"]]");
            // imaplib speaks IMAP4rev1: the first SELECT after delivery has the messages as \Recent.
            Mailbox inbox = mailbox(node, "INBOX");
            assertThat(out.get("uidvalidity")).as(all).hasToString("[\"" + inbox.uidValidity() + "\"]");

            assertThat(out.get("fetch").get(0).asText()).as(all).isEqualTo("OK");
            List<String> fetch = strings(out.get("fetch").get(1));
            assertThat(fetch).as(all).hasSize(3);
            // BODYSTRUCTURE keeps the case the message used for types and parameters, as Dovecot does.
            assertThat(fetch.get(0)).as(all).startsWith("1 (").contains("UID 1", "FLAGS (\\Recent)", "ENVELOPE (", "\"alice\" \"example.test\"",
                    "\"=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=\"").containsIgnoringCase(
                    "BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"UTF-8\")");
            assertThat(fetch.get(1).toUpperCase(Locale.ROOT)).as(all).startsWith("2 (").contains("UID 2", "\"ZAHLEN\"",
                    "\"MIXED\"", "(\"APPLICATION\" \"OCTET-STREAM\"", "\"ZAHLEN.BIN\"", "BASE64");
            assertThat(fetch.get(2)).as(all).startsWith("3 (").contains("UID 3", "\"third\"");
            assertThat(strings(out.get("bodies").get("sha256"))).as(all)
                    .containsExactlyElementsOf(delivered.stream().map(m -> sha256(node.bytes(m))).toList());
            assertThat(strings(out.get("flags_after_peek").get(1))).as("BODY.PEEK[] sets no \\Seen, " + all)
                    .containsExactly("1 (FLAGS (\\Recent))", "2 (FLAGS (\\Recent))", "3 (FLAGS (\\Recent))");

            assertThat(out.get("search_utf8")).as(all).hasToString("[\"OK\",[\"1\"]]");
            assertThat(out.get("search_unseen")).as(all).hasToString("[\"OK\",[\"1 2 3\"]]");
            assertThat(out.get("search_or")).as(all).hasToString("[\"OK\",[\"2 3\"]]");

            assertThat(out.get("store_add").get(0).asText()).as(all).isEqualTo("OK");
            assertThat(strings(out.get("store_add").get(1))).as(all).singleElement().asString()
                    .matches("1 \\(FLAGS \\((\\\\Seen \\\\Flagged|\\\\Flagged \\\\Seen) \\\\Recent\\)\\)");
            assertThat(out.get("store_remove")).as(all).hasToString("[\"OK\",[\"1 (FLAGS (\\\\Flagged \\\\Recent))\"]]");

            Mailbox archive = mailbox(node, "Archive");
            Mailbox trash = mailbox(node, "Trash");
            assertThat(out.get("copy").get(0).asText()).as(all).isEqualTo("OK");
            assertThat(out.get("copy").get(1).get(0).asText()).as(all).startsWith("[COPYUID " + archive.uidValidity() + " 1 1]");
            assertThat(out.get("move").get("typ").asText()).as(all).isEqualTo("OK");
            // imaplib collects response codes from tagged replies too: COPY's COPYUID comes first.
            assertThat(strings(out.get("move").get("copyuid")).getLast()).as(all).isEqualTo(trash.uidValidity() + " 2 1");
            assertThat(out.get("move").get("expunge")).as(all).hasToString("[\"2\"]");
            assertThat(out.get("expunge")).as(all).hasToString("[\"OK\",[\"2\"]]");

            assertThat(out.get("append").get("typ").asText()).as(all).isEqualTo("OK");
            assertThat(out.get("append").get("data").get(0).asText()).as(all).startsWith("[APPENDUID " + inbox.uidValidity() + " 4]");
            assertThat(strings(out.get("append").get("exists")).getLast()).as(all).isEqualTo("2");

            assertThat(out.get("idle").get("continuation").asText()).as(all).startsWith("+");
            List<String> idle = strings(out.get("idle").get("lines"));
            assertThat(idle).as(all).contains("* 3 EXISTS");
            assertThat(idle.getLast()).as(all).matches("[A-Z]+\\d+ OK .*");

            assertThat(strings(out.get("uid_fetch").get(1))).as(all)
                    .containsExactly("1 (UID 1 FLAGS (\\Flagged \\Recent))", "2 (UID 4 FLAGS (\\Seen \\Recent))",
                            "3 (UID 5 FLAGS (\\Recent))");
            assertThat(out.get("status_trash").get(1).get(0).asText()).as(all).matches("\"?Trash\"? \\(MESSAGES 1 UIDNEXT 2\\)");
            assertThat(out.get("status_archive").get(1).get(0).asText()).as(all).matches("\"?Archive\"? \\(MESSAGES 1\\)");
            assertThat(out.get("logout").get(0).asText()).as(all).isEqualTo("BYE");

            // What the store holds now agrees with what the script was told.
            List<StoredMessage> now = node.inbox("bob@example.test");
            assertThat(now).extracting(StoredMessage::uid).containsExactly(1L, 4L, 5L);
            assertThat(now.getFirst().flags()).containsExactly("\\Flagged");
            assertThat(now.get(1).flags()).isEqualTo(Set.of("\\Seen"));
            assertThat(node.text(now.get(1))).contains("Subject: appended by imaplib");
            assertThat(node.messages("bob@example.test", "Archive")).singleElement()
                    .satisfies(m -> assertThat(node.text(m)).contains("Hallo Bob!"));
            assertThat(node.messages("bob@example.test", "Trash")).singleElement()
                    .satisfies(m -> assertThat(node.text(m)).contains("Subject: Zahlen"));
        }
    }

    private static Mailbox mailbox(TestNode node, String name) {
        long account = node.node().directory().account(MailAddress.parse("bob@example.test"))
                .orElseThrow().id();
        return node.node().mailStore().mailbox(account, name).orElseThrow();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asText).toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
