package dev.junction.imap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and oversized input, one row each: the reply the row expects, and then the proof that
 * the session goes on (the next command on the same connection is served). Limits are set low
 * (the lowest each setting takes) so that a row can go over them cheaply. Rows for commands that
 * are not implemented yet still hold: a parser refusal comes before any handler.
 */
class ImapBadInputTest {

    private static final int MAX_LINE = 8192;
    private static final int MAX_COMMAND = 8192;
    private static final int MAX_LITERAL = 64 * 1024;
    private static final String APPENDED = "Subject: appended\r\n\r\nhello!";

    /** One server for the table: each row has a connection of its own, and no row changes the mailbox. */
    private static TestImapServer server;

    @BeforeAll
    static void start() {
        server = new TestImapServer(Map.of(
                "imap.max_line_length", String.valueOf(MAX_LINE),
                "imap.max_command_size", String.valueOf(MAX_COMMAND),
                "imap.max_literal_size", String.valueOf(MAX_LITERAL)));
        server.deliver("Subject: one\r\n\r\nbody\r\n");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One exchange of a row: octets to send, or a regular expression the next server line must match. */
    sealed interface Step permits Send, Expect {
    }

    record Send(byte[] octets) implements Step {
    }

    record Expect(String regex) implements Step {
    }

    record Row(String name, List<Step> steps) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                // The command line itself.
                row("empty line", line(""), reply("\\* BAD .*invalid tag.*")),
                row("missing tag", line(" NOOP"), reply("\\* BAD .*invalid tag.*")),
                row("tag without command", line("a1"), reply("a1 BAD .*missing command.*")),
                row("tag and space only", line("a1 "), reply("a1 BAD .*")),
                row("unknown command", line("a1 FROBNICATE INBOX"), reply("a1 BAD .*unknown command.*")),
                row("UID with an unknown command", line("a1 UID FROB 1"), reply("a1 BAD .*unknown command.*")),
                row("UID with a command that takes no UID form", line("a1 UID NOOP"), reply("a1 BAD .*unknown command.*")),
                row("argument missing", line("a1 SELECT"), reply("a1 BAD .*missing argument.*")),
                row("arguments left over", line("a1 NOOP now"), reply("a1 BAD .*unexpected characters.*")),
                row("two spaces", line("a1  NOOP"), reply("a1 BAD .*")),
                row("tab instead of space", line("a1\tNOOP"), reply("(a1|\\*) BAD .*")),
                row("bare LF ends a line", raw("a1 NOOP\n"), reply("a1 OK .*")),
                row("bare CR is no line end", raw("a1 NOOP\rb1 NOOP\r\n"), reply("a1 BAD .*unexpected characters.*")),

                // Parentheses and strings.
                row("unbalanced parenthesis, unclosed", line("a1 FETCH 1 (FLAGS UID"), reply("a1 BAD .*expected '\\)'.*")),
                row("unbalanced parenthesis, unopened", line("a1 FETCH 1 FLAGS)"), reply("a1 BAD .*unexpected characters.*")),
                row("unbalanced parenthesis in SEARCH", line("a1 SEARCH (ALL (SEEN)"), reply("a1 BAD .*expected '\\)'.*")),
                row("empty parentheses in SEARCH", line("a1 SEARCH ()"), reply("a1 BAD .*")),
                row("unterminated quoted string", line("a1 SELECT \"INBOX"), reply("a1 BAD .*unterminated quoted string.*")),
                row("bad escape in quoted string", line("a1 SELECT \"IN\\BOX\""), reply("a1 BAD .*")),
                row("deep nesting over the limit", line("a1 SEARCH " + "(".repeat(40) + "ALL" + ")".repeat(40)),
                        reply("a1 BAD .*nested too deeply.*")),
                row("deep NOT chain over the limit", line("a1 SEARCH " + "NOT ".repeat(40) + "ALL"), reply("a1 BAD .*nested too deeply.*")),
                row("deep OR chain over the limit", line("a1 SEARCH " + "OR ALL ".repeat(40) + "ALL"), reply("a1 BAD .*nested too deeply.*")),

                // Sequence sets.
                row("sequence number 0", line("a1 FETCH 0 FLAGS"), reply("a1 BAD .*sequence.*")),
                row("range starting at 0", line("a1 FETCH 0:3 FLAGS"), reply("a1 BAD .*sequence.*")),
                row("UID 0", line("a1 UID FETCH 0 FLAGS"), reply("a1 BAD .*sequence.*")),
                row("range with letters", line("a1 FETCH 1:abc FLAGS"), reply("a1 BAD .*sequence.*")),
                row("negative number", line("a1 FETCH -1 FLAGS"), reply("a1 BAD .*sequence.*")),
                row("empty element", line("a1 FETCH 1,,2 FLAGS"), reply("a1 BAD .*sequence.*")),
                row("trailing comma", line("a1 STORE 1, +FLAGS (\\Seen)"), reply("a1 BAD .*sequence.*")),
                row("number over 2^32-1", line("a1 COPY 4294967296 Trash"), reply("a1 BAD .*sequence.*")),
                row("huge number", line("a1 UID FETCH 99999999999999999999999 FLAGS"), reply("a1 BAD .*sequence.*")),
                row("open range", line("a1 FETCH 1: FLAGS"), reply("a1 BAD .*sequence.*")),
                row("sequence set in SEARCH with letters", line("a1 SEARCH 1:x"), reply("a1 BAD .*sequence.*")),

                // Other arguments.
                row("unknown FETCH item", line("a1 FETCH 1 (FLAGS COLOUR)"), reply("a1 BAD .*COLOUR.*")),
                row("bad section", line("a1 FETCH 1 BODY[HEADER.FIELDS]"), reply("a1 BAD .*")),
                row("bad partial", line("a1 FETCH 1 BODY[]<5.0>"), reply("a1 BAD .*partial.*")),
                row("unknown STORE action", line("a1 STORE 1 ~FLAGS (\\Seen)"), reply("a1 BAD .*")),
                row("unknown system flag", line("a1 STORE 1 +FLAGS (\\Shiny)"), reply("a1 BAD .*")),
                row("unknown SEARCH key", line("a1 SEARCH SHINY"), reply("a1 BAD .*SHINY.*")),
                row("SEARCH key missing its argument", line("a1 SEARCH SUBJECT"), reply("a1 BAD .*")),
                row("SEARCH LARGER with letters", line("a1 SEARCH LARGER ten"), reply("a1 BAD .*")),
                row("unknown STATUS item", line("a1 STATUS INBOX (MESSAGES COLOUR)"), reply("a1 BAD .*COLOUR.*")),

                // Dates.
                row("date with day 32", line("a1 SEARCH SINCE 32-Jan-2024"), reply("a1 BAD .*date.*")),
                row("date of 31 February", line("a1 SEARCH BEFORE 31-Feb-2024"), reply("a1 BAD .*date.*")),
                row("date with unknown month", line("a1 SEARCH ON 1-Foo-2024"), reply("a1 BAD .*date.*")),
                row("ISO date", line("a1 SEARCH SENTSINCE 2024-01-01"), reply("a1 BAD .*date.*")),
                row("date with two-digit year", line("a1 SEARCH SINCE 1-Jan-24"), reply("a1 BAD .*date.*")),
                row("APPEND date-time with hour 25",
                        line("a1 APPEND INBOX \"01-Jan-2024 25:00:00 +0000\" {5+}", "hello"), reply("a1 BAD .*")),
                row("APPEND date-time without zone",
                        line("a1 APPEND INBOX \"01-Jan-2024 10:00:00\" {5+}", "hello"), reply("a1 BAD .*")),
                row("APPEND date-time with zone minutes 75",
                        line("a1 APPEND INBOX \"01-Jan-2024 10:00:00 +0075\" {5+}", "hello"), reply("a1 BAD .*")),

                // Lengths.
                row("line over imap.max_line_length", line("a1 NOOP " + "x".repeat(MAX_LINE + 100)),
                        reply("a1 BAD \\[TOOBIG\\] .*")),
                row("line over the limit without a tag", line("x".repeat(MAX_LINE * 3)), reply("\\* BAD \\[TOOBIG\\] .*")),
                row("overlong line announcing LITERAL+ is skipped with its literal",
                        line("a1 SELECT " + "x".repeat(MAX_LINE + 100) + " {10+}", "0123456789"),
                        reply("a1 BAD \\[TOOBIG\\] .*")),
                row("synchronising literal over imap.max_literal_size: refused before any continuation",
                        line("a1 SELECT {" + (MAX_LITERAL + 1) + "}"), reply("a1 (NO|BAD) \\[TOOBIG\\] .*")),
                row("synchronising literal over imap.max_command_size: refused before any continuation",
                        line("a1 SELECT {" + (MAX_COMMAND + 1) + "}"), reply("a1 (NO|BAD) \\[TOOBIG\\] .*")),
                row("absurd literal size", line("a1 SELECT {99999999999999999999999}"), reply("a1 (NO|BAD) \\[TOOBIG\\] .*")),
                row("LITERAL+ over imap.max_command_size: read, skipped, refused",
                        line("a1 SELECT {" + (MAX_COMMAND + 1) + "+}", "x".repeat(MAX_COMMAND + 1)),
                        reply("a1 (NO|BAD) \\[TOOBIG\\] .*")),
                row("LITERAL+ over imap.max_literal_size: read, skipped, refused",
                        line("a1 SELECT {" + (MAX_LITERAL + 1) + "+}", "x".repeat(MAX_LITERAL + 1)),
                        reply("a1 (NO|BAD) \\[TOOBIG\\] .*")),
                row("many small literals over imap.max_command_size",
                        manyLiterals(), reply("a1 (NO|BAD) \\[TOOBIG\\] .*")),
                row("literal announcement not at the end of the line", line("a1 SELECT {5} INBOX"), reply("a1 BAD .*")),
                row("literal announcement without digits", line("a1 SELECT {}"), reply("a1 BAD .*")),
                row("literal announcement with a sign", line("a1 SELECT {-5}"), reply("a1 BAD .*")),
                row("literal8 where only a literal is allowed", line("a1 SELECT ~{5+}", "INBOX"), reply("a1 BAD .*literal8.*")),

                // Octets outside the grammar.
                row("NUL in the tag", raw("a\0 NOOP\r\n"), reply("(a|\\*) BAD .*")),
                row("NUL after the command", raw("a1 NOOP\0\r\n"), reply("a1 BAD .*")),
                row("NUL in a quoted string", raw("a1 SELECT \"IN\0BOX\"\r\n"), reply("a1 BAD .*NUL.*")),
                row("NUL in a literal", raw("a1 SELECT {5+}\r\nIN\0OX\r\n"), reply("a1 BAD .*NUL.*")),
                row("8-bit octets in the command name", utf8Line("a1 NÖOP"), reply("a1 BAD .*")),
                row("8-bit octets in an atom mailbox name", utf8Line("a1 SELECT Entwürfe"), reply("a1 BAD .*")),
                row("8-bit octets in a flag", utf8Line("a1 STORE 1 +FLAGS (wichtig✓)"), reply("a1 BAD .*")),
                row("Latin-1 octets in a quoted string", latin1Line("a1 SELECT \"Entw\u00fcrfe\""), reply("a1 BAD .*UTF-8.*")),
                row("control character in an atom", raw("a1 SELECT IN\u0007BOX\r\n"), reply("a1 BAD .*")),

                // APPEND: a refused literal is never sent; the session reads the next command.
                row("APPEND to a missing mailbox: NO [TRYCREATE] before any continuation",
                        line("a1 APPEND Nowhere {5}"), reply("a1 NO \\[TRYCREATE\\] .*")),
                row("APPEND over APPENDLIMIT: TOOBIG before any continuation",
                        line("a1 APPEND INBOX {" + (MAX_LITERAL + 1) + "}"), reply("a1 (NO|BAD) \\[TOOBIG\\] .*")),
                row("APPEND over APPENDLIMIT with LITERAL+: read, skipped, refused",
                        line("a1 APPEND INBOX (\\Seen) {" + (MAX_LITERAL + 1) + "+}", "x".repeat(MAX_LITERAL + 1)),
                        reply("a1 (NO|BAD) \\[TOOBIG\\] .*")),
                row("APPEND with a bad flag list", line("a1 APPEND INBOX (\\Seen {5+}", "hello"), reply("a1 BAD .*")),
                row("APPEND without a message", line("a1 APPEND INBOX"), reply("a1 BAD .*")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void malformedInputGetsAReplyAndTheSessionGoesOn(Row row) throws Exception {
        try (ImapClient c = server.alice()) {
            c.ok("SELECT INBOX");
            for (Step step : row.steps()) {
                switch (step) {
                    case Send s -> c.write(s.octets());
                    case Expect e -> c.expect(e.regex());
                }
            }
            assertThat(c.ok("NOOP")).as("untagged lines before the next command's reply").isEmpty();
            assertThat(c.ok("SELECT INBOX")).contains("* OK [UIDNEXT " + server.inbox().uidNext() + "] Predicted next UID");
        }
    }

    @Test
    void anAppendLiteralSentAfterTheContinuationLeavesTheSessionUsable() throws Exception {
        try (TestImapServer own = new TestImapServer(); ImapClient c = own.alice()) {
            c.ok("SELECT INBOX");
            c.send("a1 APPEND INBOX {" + APPENDED.length() + "}");
            c.expect("\\+ .*");
            c.send(APPENDED);
            c.run("""
                    S: \\* 1 EXISTS
                    S: \\* 1 RECENT
                    S: a1 OK \\[APPENDUID \\d+ 1\\] .*
                    """);
            assertThat(c.ok("NOOP")).isEmpty();
            assertThat(own.messages(own.inbox())).singleElement().extracting(m -> m.uid()).isEqualTo(1L);
        }
    }

    @Test
    void tooManyBadCommandsEndTheSession() throws Exception {
        try (TestImapServer strict = new TestImapServer(Map.of("imap.max_errors", "3"));
             ImapClient c = strict.connect()) {
            c.run("""
                    S: \\* OK .*
                    C: a FROB
                    S: a BAD .*
                    C: b LOGIN
                    S: b BAD .*
                    C: c NOOP
                    S: c OK .*
                    C: n LOGIN alice@example.com wrong
                    S: n NO .*
                    C: d SELECT INBOX
                    S: d BAD Log in first
                    S: \\* BYE Too many invalid commands
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void refusedLiteralsCountAsErrorsToo() throws Exception {
        try (TestImapServer strict = new TestImapServer(Map.of("imap.max_errors", "2", "imap.max_literal_size", "1024"));
             ImapClient c = strict.connect()) {
            c.run("""
                    S: \\* OK .*
                    C: a LOGIN {2000}
                    S: a (NO|BAD) \\[TOOBIG\\] .*
                    C: b LOGIN {2000}
                    S: b (NO|BAD) \\[TOOBIG\\] .*
                    S: \\* BYE Too many invalid commands
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void idleTimeoutEndsASilentSession() throws Exception {
        try (TestImapServer impatient = new TestImapServer(Map.of("imap.idle_timeout", "200ms"));
             ImapClient c = impatient.connect()) {
            c.run("""
                    S: \\* OK .*
                    S: \\* BYE Autologout; idle for too long
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    @Test
    void idleTimeoutEndsASilentSessionInIdleToo() throws Exception {
        // Longer than the other one: it must not expire between the commands before IDLE.
        try (TestImapServer impatient = new TestImapServer(Map.of("imap.idle_timeout", "1s"));
             ImapClient c = impatient.connect()) {
            c.login("alice@example.com", "secret");
            c.ok("SELECT INBOX");
            c.run("""
                    C: i IDLE
                    S: \\+ .*
                    S: \\* BYE Autologout; idle for too long
                    """);
            assertThat(c.closedByServer()).isTrue();
        }
    }

    private static Row row(String name, Step... steps) {
        return new Row(name, List.of(steps));
    }

    private static Expect reply(String regex) {
        return new Expect(regex);
    }

    /** Lines sent with CRLF, in one write (a literal's octets are a "line" here too). */
    private static Send line(String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String l : lines) out.writeBytes((l + "\r\n").getBytes(StandardCharsets.UTF_8));
        return new Send(out.toByteArray());
    }

    private static Send utf8Line(String line) {
        return line(line);
    }

    private static Send latin1Line(String line) {
        return new Send((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Send raw(String octets) {
        return new Send(octets.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** One command of many LITERAL+ strings, each on its own line: small each, too much together. */
    private static Send manyLiterals() {
        StringBuilder b = new StringBuilder("a1 SEARCH");
        for (int i = 0; i < 200; i++) b.append(" SUBJECT {60+}\r\n").append("v".repeat(60));
        return raw(b.append("\r\n").toString());
    }
}
