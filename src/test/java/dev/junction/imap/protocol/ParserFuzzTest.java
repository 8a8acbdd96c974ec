package dev.junction.imap.protocol;

import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded mutations of valid commands: whatever the octets, the parser answers with a command,
 * a {@link ProtocolException} or the end of the stream, never another exception or a hang.
 */
class ParserFuzzTest {

    private static final List<String> CORPUS = List.of(
            "a SELECT INBOX (QRESYNC (67890007 20050715194045000 41,43:211 (1:5 10:14)))\r\n",
            "a FETCH 1:*,3 (FLAGS BODY.PEEK[1.2.HEADER.FIELDS (DATE FROM)]<0.100> BINARY[1]) (CHANGEDSINCE 5)\r\n",
            "a UID SEARCH RETURN (MIN) CHARSET UTF-8 OR (FROM {3+}\r\nabc SINCE 1-Feb-1994) NOT MODSEQ \"/flags/\\\\seen\" all 5\r\n",
            "a STORE 1 (UNCHANGEDSINCE 3) +FLAGS.SILENT (\\Seen $Junk)\r\n",
            "a APPEND INBOX (\\Seen) \"17-Jul-1996 02:44:25 -0700\" {5+}\r\nhello ~{2+}\r\nxy\r\n",
            "a LIST (SUBSCRIBED RECURSIVEMATCH) \"\" (\"%\" &ZeVnLIqe-) RETURN (STATUS (MESSAGES) CHILDREN)\r\n",
            "a ID (\"name\" {4}\r\nsodr \"version\" NIL)\r\n",
            "a SORT (REVERSE DATE) UTF-8 UID 1:*\r\nb THREAD REFERENCES UTF-8 ALL\r\n",
            "a SETQUOTA \"\" (STORAGE 512)\r\nb LOGIN {5}\r\nalice \"pw\"\r\n");

    @Test
    void mutatedCommandsNeverCrashTheParser() throws Exception {
        Random random = new Random(20261129);
        ProtocolLimits limits = new ProtocolLimits(1024, 200, 100, 6, false);
        for (int round = 0; round < 5_000; round++) {
            byte[] input = mutate(CORPUS.get(random.nextInt(CORPUS.size())).getBytes(StandardCharsets.UTF_8), random);
            drain(new Wire(input, limits));
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] out = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out[at] = (byte) "(){}[]<>\"\\ +~*%$:,.0123456789\r\n".charAt(random.nextInt(31));
                case 2 -> out = java.util.Arrays.copyOf(out, at);
                default -> {
                    byte[] longer = new byte[out.length + 1];
                    System.arraycopy(out, 0, longer, 0, at);
                    longer[at] = (byte) "({\"\\ ".charAt(random.nextInt(5));
                    System.arraycopy(out, at, longer, at + 1, out.length - at);
                    out = longer;
                }
            }
        }
        return out;
    }

    private static void drain(Wire wire) throws IOException {
        for (int commands = 0; commands < 100; commands++) {
            try {
                TaggedCommand command = wire.next();
                if (command == null) return;
                if (command.command() instanceof Append append) {
                    for (var message = append.next(); message.isPresent(); message = append.next()) {
                        message.get().content().readAllBytes();
                    }
                }
            } catch (ProtocolException refused) {
                assertThat(refused.reason()).isNotBlank();
            } catch (EOFException end) {
                return;
            }
        }
        throw new AssertionError("parser did not reach the end of its input");
    }
}
