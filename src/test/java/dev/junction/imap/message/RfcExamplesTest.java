package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The FETCH examples of RFC 9051 (sections 6.4.5 and 7.5.2), reproduced byte for byte. */
class RfcExamplesTest {

    private static final String HEADER = """
            Date: Wed, 17 Jul 1996 02:23:25 -0700 (PDT)
            From: Terry Gray <gray@cac.washington.edu>
            Subject: IMAP4rev2 WG mtg summary and minutes
            To: imap@cac.washington.edu
            cc: minutes@CNRI.Reston.VA.US, John Klensin <KLENSIN@MIT.EDU>
            Message-Id: <B27397-0100000@cac.washington.edu>
            MIME-Version: 1.0
            """;

    private final ImapStrings strings = new ImapStrings(false);

    @Test
    void envelopeAndBodyOfTheFetchExample() {
        String raw = new String(Messages.crlf(HEADER + "Content-Type: TEXT/PLAIN; CHARSET=US-ASCII\nContent-Transfer-Encoding: 7BIT\n\n"),
                StandardCharsets.US_ASCII) + lines(92, 3028, true);
        MessageStructure m = Messages.parse(raw.getBytes(StandardCharsets.US_ASCII));

        assertThat(new EnvelopeEncoder(strings).encode(m.envelope())).isEqualTo(
                "(\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev2 WG mtg summary and minutes\""
                        + " ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\"))"
                        + " ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\"))"
                        + " ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\"))"
                        + " ((NIL NIL \"imap\" \"cac.washington.edu\"))"
                        + " ((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\"))"
                        + " NIL NIL \"<B27397-0100000@cac.washington.edu>\")");
        assertThat(new BodyStructureEncoder(strings).body(m))
                .isEqualTo("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92)");
    }

    @Test
    void simpleTextBodyStructure() {
        String raw = "Content-Type: TEXT/PLAIN; CHARSET=US-ASCII\r\nContent-Transfer-Encoding: 7BIT\r\n\r\n"
                + lines(48, 2279, true);
        MessageStructure m = Messages.parse(raw.getBytes(StandardCharsets.US_ASCII));

        assertThat(new BodyStructureEncoder(strings).body(m))
                .isEqualTo("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 2279 48)");
    }

    @Test
    void multipartMixedBodyStructure() {
        String raw = "MIME-Version: 1.0\r\nContent-Type: MULTIPART/MIXED; BOUNDARY=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: TEXT/PLAIN; CHARSET=US-ASCII\r\nContent-Transfer-Encoding: 7BIT\r\n\r\n"
                + lines(24, 1152, false) + "\r\n"
                + "--b1\r\nContent-Type: TEXT/PLAIN; CHARSET=US-ASCII; NAME=cc.diff\r\n"
                + "Content-ID: <960723163407.20117h@cac.washington.edu>\r\n"
                + "Content-Description: Compiler diff\r\nContent-Transfer-Encoding: BASE64\r\n\r\n"
                + lines(74, 4554, false) + "\r\n--b1--\r\n";
        MessageStructure m = Messages.parse(raw.getBytes(StandardCharsets.US_ASCII));

        assertThat(new BodyStructureEncoder(strings).body(m)).isEqualTo(
                "((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 23)"
                        + "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\")"
                        + " \"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73)"
                        + " \"MIXED\")");
    }

    /**
     * A body of {@code count} lines and {@code octets} octets; with {@code lastEnded} the last line
     * ends in CRLF, otherwise the CRLF that follows belongs to the next boundary. BODYSTRUCTURE
     * counts the line feeds inside the body.
     */
    static String lines(int count, int octets, boolean lastEnded) {
        int ends = lastEnded ? count : count - 1;
        int text = octets - 2 * ends;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int length = text / count + (i < text % count ? 1 : 0);
            sb.append("x".repeat(length));
            if (i < ends) {
                sb.append("\r\n");
            }
        }
        return sb.toString();
    }
}
