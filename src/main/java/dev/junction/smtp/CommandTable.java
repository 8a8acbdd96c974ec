package dev.junction.smtp;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.junction.smtp.SessionState.CHUNKING;
import static dev.junction.smtp.SessionState.CONNECTED;
import static dev.junction.smtp.SessionState.GREETED;
import static dev.junction.smtp.SessionState.MAIL;
import static dev.junction.smtp.SessionState.RCPT;

/**
 * Every SMTP verb with the states it is allowed in and what it needs. {@code tls}: refused
 * without TLS unless plaintext AUTH is allowed. {@code auth}: refused before AUTH on listeners
 * whose role requires it (submission). The session enforces this table once, before any command
 * runs, so commands never repeat these checks.
 */
final class CommandTable {

    record Entry(String verb, SmtpCommand command, Set<SessionState> states, boolean tls, boolean auth) {
    }

    private static final Set<SessionState> ANY = EnumSet.allOf(SessionState.class);

    private static final Map<String, Entry> ENTRIES = Stream.of(
            new Entry("EHLO", new EhloCommand(), ANY, false, false),
            new Entry("HELO", new HeloCommand(), ANY, false, false),
            new Entry("STARTTLS", new StartTlsCommand(), EnumSet.of(GREETED), false, false),
            new Entry("AUTH", new AuthCommand(), EnumSet.of(GREETED), true, false),
            new Entry("MAIL", new MailCommand(), EnumSet.of(GREETED), false, true),
            new Entry("RCPT", new RcptCommand(), EnumSet.of(MAIL, RCPT), false, true),
            new Entry("DATA", new DataCommand(), EnumSet.of(RCPT), false, true),
            new Entry("BDAT", new BdatCommand(), EnumSet.of(RCPT, CHUNKING), false, true),
            new Entry("RSET", new RsetCommand(), ANY, false, false),
            new Entry("NOOP", new NoopCommand(), ANY, false, false),
            new Entry("QUIT", new QuitCommand(), ANY, false, false),
            new Entry("VRFY", new VrfyCommand(), EnumSet.of(CONNECTED, GREETED, MAIL, RCPT), false, false),
            new Entry("HELP", new HelpCommand(), EnumSet.of(CONNECTED, GREETED, MAIL, RCPT), false, false)
    ).collect(Collectors.toUnmodifiableMap(Entry::verb, Function.identity()));

    private CommandTable() {
    }

    /** The row for an upper-case verb, or null for an unknown command. */
    static Entry find(String verb) {
        return ENTRIES.get(verb);
    }
}
