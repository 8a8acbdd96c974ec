package dev.junction.imap.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every malformed command gets a precise reason, and the next command on the connection is served. */
class MalformedCommandTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a FOO                                   | a    | FOO: unknown command
            a UID FOO 1                             | a    | UID FOO: unknown command
            a UID EXPUNGE                           | a    | UID EXPUNGE: missing argument
            ``                                      |      | missing or invalid tag
            +tag NOOP                               |      | missing or invalid tag
            a                                       | a    | missing command
            a NOOP x                                | a    | NOOP: unexpected characters at end of command
            a SELECT                                | a    | SELECT: missing argument
            a SELECT INBOX (FOO)                    | a    | SELECT: unknown parameter FOO
            a SELECT INBOX (QRESYNC (0 1))          | a    | SELECT: expected a non-zero number
            a SELECT INBOX (QRESYNC (1 0))          | a    | SELECT: expected a non-zero mod-sequence
            a CREATE &Jjo                           | a    | CREATE: mailbox name is not valid modified UTF-7: '&' shift not ended by '-'
            a CREATE x (USE (Sent))                 | a    | CREATE: invalid special-use attribute
            a RENAME a                              | a    | RENAME: missing argument
            a STATUS INBOX (FOO)                    | a    | STATUS: unknown status item FOO
            a STATUS INBOX (DELETED_STORAGE)        | a    | STATUS: unknown status item DELETED_STORAGE
            a STATUS INBOX ()                       | a    | STATUS: expected an atom
            a STATUS INBOX MESSAGES                 | a    | STATUS: expected '('
            a LIST (RECURSIVEMATCH) "" *          | a    | LIST: RECURSIVEMATCH needs another selection option
            a LIST (FOO) "" *                     | a    | LIST: unknown selection option FOO
            a LIST "" * RETURN (FOO)              | a    | LIST: unknown return option FOO
            a LIST "" * CHILDREN                  | a    | LIST: expected RETURN
            a LIST ""                             | a    | LIST: missing argument
            a LOGIN "unterminated                 | a    | LOGIN: unterminated quoted string
            a LOGIN "a\\x" b                      | a    | LOGIN: invalid escape in quoted string
            a LOGIN {3 x                            | a    | LOGIN: invalid literal announcement
            a LOGIN {3} x                           | a    | LOGIN: literal announcement must end the line
            a LOGIN ~{3}                            | a    | LOGIN: literal8 not allowed here
            a LOGIN joe                             | a    | LOGIN: missing argument
            a ID ("a" "b"                       | a    | ID: expected ')'
            a ID ("a")                            | a    | ID: expected a space
            a ENABLE                                | a    | ENABLE: missing argument
            a AUTHENTICATE PLAIN !!                 | a    | AUTHENTICATE: invalid initial response
            a SETQUOTA "" (STORAGE)               | a    | SETQUOTA: expected a space
            a FETCH 0 FLAGS                         | a    | FETCH: sequence number out of range
            a FETCH 4294967296 FLAGS                | a    | FETCH: sequence number out of range
            a FETCH 1:x FLAGS                       | a    | FETCH: invalid sequence set
            a FETCH 1,,2 FLAGS                      | a    | FETCH: invalid sequence set
            a FETCH FLAGS                           | a    | FETCH: expected a sequence set
            a FETCH 1 (FLAGS                        | a    | FETCH: expected ')'
            a FETCH 1 FOO                           | a    | FETCH: unknown fetch attribute FOO
            a FETCH 1 (ALL)                         | a    | FETCH: unknown fetch attribute ALL
            a FETCH 1 BODY[MIME]                    | a    | FETCH: MIME needs a part number
            a FETCH 1 BODY[HEADER.FIELDS]           | a    | FETCH: expected a space
            a FETCH 1 BODY[1.FOO]                   | a    | FETCH: invalid section FOO
            a FETCH 1 BODY[1                        | a    | FETCH: expected ']'
            a FETCH 1 BODY[]<5>                     | a    | FETCH: invalid partial
            a FETCH 1 BODY[]<5.0>                   | a    | FETCH: invalid partial
            a FETCH 1 BODY.PEEK                     | a    | FETCH: expected '['
            a FETCH 1 BINARY[HEADER]                | a    | FETCH: expected a number
            a FETCH 1 FLAGS (VANISHED)              | a    | FETCH: VANISHED is only allowed in UID FETCH
            a UID FETCH 1 FLAGS (VANISHED)          | a    | UID FETCH: VANISHED needs CHANGEDSINCE
            a FETCH 1 FLAGS (CHANGEDSINCE x)        | a    | FETCH: expected a number
            a FETCH 1 FLAGS (FOO)                   | a    | FETCH: unknown modifier FOO
            a STORE 1 FLAG (\\Seen)                 | a    | STORE: expected FLAGS, +FLAGS or -FLAGS
            a STORE 1 +FLAGS                        | a    | STORE: missing argument
            a STORE 1 (UNCHANGEDSINCE) FLAGS \\Seen | a    | STORE: expected a space
            a STORE 1 FLAGS (\\Seen                 | a    | STORE: expected ')'
            a COPY 1                                | a    | COPY: missing argument
            a SEARCH                                | a    | SEARCH: missing argument
            a SEARCH FOO                            | a    | SEARCH: unknown search key FOO
            a SEARCH SINCE 31-Feb-2020              | a    | SEARCH: invalid date
            a SEARCH SINCE 1-Foo-2020               | a    | SEARCH: invalid date
            a SEARCH OR SEEN                        | a    | SEARCH: missing argument
            a SEARCH (SEEN                          | a    | SEARCH: expected ')'
            a SEARCH SEEN)                          | a    | SEARCH: unexpected characters at end of command
            a SEARCH LARGER 99999999999999999999    | a    | SEARCH: number out of range
            a SEARCH RETURN (FOO) ALL               | a    | SEARCH: unknown RETURN option FOO
            a SEARCH MODSEQ "/x" all 1            | a    | SEARCH: invalid MODSEQ entry name
            a SEARCH MODSEQ "/flags/x" mine 1     | a    | SEARCH: invalid MODSEQ entry type
            a SORT (FOO) UTF-8 ALL                  | a    | SORT: unknown sort key FOO
            a SORT SUBJECT UTF-8 ALL                | a    | SORT: expected '('
            a THREAD FOO UTF-8 ALL                  | a    | THREAD: unknown thread algorithm FOO
            a APPEND                                | a    | APPEND: missing argument
            """)
    void refusesWithReasonAndServesTheNextCommand(String line, String tag, String reason) throws Exception {
        Wire wire = new Wire(line + "\nb NOOP\n");
        ProtocolException refused = wire.refused();
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.tag()).isEqualTo(tag);
        assertThat(refused.kind()).isEqualTo(ProtocolException.Kind.SYNTAX);
        assertThat(wire.next()).isEqualTo(new TaggedCommand("b", new SessionCommand.Noop()));
    }

    @Test
    void unknownCharsetIsBadCharset() throws Exception {
        Wire wire = new Wire("a SEARCH CHARSET X-NOPE TEXT x\nb NOOP\n");
        ProtocolException refused = wire.refused();
        assertThat(refused.kind()).isEqualTo(ProtocolException.Kind.BAD_CHARSET);
        assertThat(refused.code().encoded()).isEqualTo("[BADCHARSET (UTF-8 US-ASCII)]");
        assertThat(refused.refusedWithNo()).isTrue();
        assertThat(refused.resetsSavedSearch()).isFalse();
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void unknownCharsetInASaveSearchEmptiesTheSavedResult() throws Exception {
        Wire wire = new Wire("a UID SEARCH RETURN (SAVE COUNT) CHARSET X-NOPE TEXT x\n"
                + "b SORT (DATE) X-NOPE ALL\nc SEARCH RETURN (SAVE) FROB\n");
        ProtocolException search = wire.refused();
        assertThat(search.resetsSavedSearch()).isTrue();
        assertThat(search.tag()).isEqualTo("a");
        assertThat(search.reason()).isEqualTo("UID SEARCH: unsupported charset X-NOPE");
        ProtocolException sort = wire.refused();
        assertThat(sort.refusedWithNo()).isTrue();
        assertThat(sort.resetsSavedSearch()).isFalse();
        // A syntax error is BAD, which RFC 5182 does not make forget the saved result.
        ProtocolException syntax = wire.refused();
        assertThat(syntax.refusedWithNo()).isFalse();
        assertThat(syntax.resetsSavedSearch()).isFalse();
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        byte[] octets = "a LOGIN \"caf\u00e9\" x\r\nb NOOP\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Wire wire = new Wire(octets, ProtocolLimits.DEFAULT);
        assertThat(wire.refused().reason()).isEqualTo("LOGIN: invalid UTF-8");
        assertThat(wire.next().tag()).isEqualTo("b");
    }

    @Test
    void nulInALiteralIsRefused() throws Exception {
        Wire wire = new Wire("a LOGIN {3+}\nx\0y z\nb NOOP\n");
        assertThat(wire.refused().reason()).isEqualTo("LOGIN: NUL in literal");
        assertThat(wire.next().tag()).isEqualTo("b");
    }
}
