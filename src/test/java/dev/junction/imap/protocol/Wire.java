package dev.junction.imap.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A parser over client octets given as text ({@code \n} becomes CRLF), recording continuations. */
final class Wire {

    final List<Long> continuations = new ArrayList<>();
    final CommandParser parser;

    Wire(String clientText, ProtocolLimits limits) {
        this(clientText.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), limits);
    }

    Wire(byte[] clientOctets, ProtocolLimits limits) {
        parser = new CommandParser(new ByteArrayInputStream(clientOctets), limits, continuations::add);
    }

    Wire(String clientText) {
        this(clientText, ProtocolLimits.DEFAULT);
    }

    TaggedCommand next() throws IOException, ProtocolException {
        return parser.next();
    }

    ProtocolException refused() {
        return catchThrowableOfType(ProtocolException.class, parser::next);
    }

    /** The one command of a line, which must be all the input. */
    static ImapCommand parse(String line) throws IOException, ProtocolException {
        Wire wire = new Wire(line + "\n");
        TaggedCommand command = wire.next();
        assertThat(wire.next()).isNull();
        return command.command();
    }
}
