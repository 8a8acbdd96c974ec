package dev.junction.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A client Junction did not write: Python's imaplib lists, creates, renames and deletes mailboxes. */
class PythonImaplibMailboxTest {

    private static final String SCRIPT = """
            import imaplib, sys
            m = imaplib.IMAP4("127.0.0.1", int(sys.argv[1]))
            m.login("alice@example.com", "secret")
            def ok(reply):
                typ, data = reply
                assert typ == "OK", reply
                return [d.decode() if isinstance(d, bytes) else d for d in data if d is not None]
            ok(m.create("Lists/junction"))
            ok(m.create('"Sent Items"'))
            ok(m.create("Entw&APw-rfe"))
            print("list", ok(m.list('""', "*")))
            ok(m.rename("Lists", "Projects"))
            print("renamed", ok(m.list("Projects/", "%")))
            ok(m.subscribe("Projects/junction"))
            print("lsub", ok(m.lsub('""', "Projects*")))
            print("status", ok(m.status("Projects/junction", "(MESSAGES UIDNEXT)")))
            print("quotaroot", m.getquotaroot("INBOX")[0])
            print("delete inbox", m.delete("INBOX"))
            ok(m.delete("Projects/junction"))
            ok(m.delete("Projects"))
            ok(m.delete('"Sent Items"'))
            print("after", ok(m.list('""', "P*")))
            m.logout()
            print("done")
            """;

    @RegisterExtension
    final TestImapServer server = new TestImapServer();

    @Test
    void imaplibManagesMailboxes() throws Exception {
        Process p = new ProcessBuilder("python3", "-c", SCRIPT, String.valueOf(server.server.port(ImapRole.IMAP).orElseThrow()))
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).as(output)
                .contains("'(\\\\HasChildren) \"/\" \"Lists\"'", "'(\\\\HasNoChildren) \"/\" \"Lists/junction\"'",
                        "'(\\\\HasNoChildren) \"/\" \"Sent Items\"'", "'(\\\\HasNoChildren) \"/\" \"Entw&APw-rfe\"'",
                        "'(\\\\HasNoChildren \\\\Sent) \"/\" \"Sent\"'")
                .contains("renamed ['(\\\\HasNoChildren) \"/\" \"Projects/junction\"']")
                .contains("lsub ['() \"/\" \"Projects/junction\"']")
                .contains("status ['\"Projects/junction\" (MESSAGES 0 UIDNEXT 1)']")
                .contains("quotaroot OK")
                .contains("delete inbox ('NO', [b'[CANNOT] INBOX cannot be deleted'])")
                .contains("after []")
                .endsWith("done\n");
        assertThat(p.exitValue()).isZero();
    }
}
