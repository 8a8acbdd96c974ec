package dev.junction.imap.protocol;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Mailbox names: modified UTF-7 until the client enables UTF-8 (RFC 6855, RFC 9051 6.3.1). */
class MailboxNameTest {

    @Test
    void modifiedUtf7BeforeUtf8IsEnabled() throws Exception {
        Wire wire = new Wire("a SELECT &U,BTFw-\nb SELECT \"台北\"\nc LIST \"\" &ZeVnLIqe-/%\n");
        assertThat(mailbox(wire.next())).isEqualTo("台北");
        assertThat(mailbox(wire.next())).as("8-bit names are UTF-8 whatever the mode").isEqualTo("台北");
        assertThat(((MailboxCommand.ListMailboxes) wire.next().command()).patterns()).containsExactly("日本語/%");
    }

    @Test
    void utf8AfterEnable() throws Exception {
        Wire wire = new Wire("a SELECT &U,BTFw-\nb SELECT \"台北\"\nc SELECT inbox\n");
        wire.parser.utf8Accept(true);
        assertThat(mailbox(wire.next())).isEqualTo("&U,BTFw-");
        assertThat(mailbox(wire.next())).isEqualTo("台北");
        assertThat(mailbox(wire.next())).isEqualTo("INBOX");
    }

    private static String mailbox(TaggedCommand command) {
        return ((MailboxCommand.Select) command.command()).mailbox();
    }
}
