package dev.junction.pop3;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.junction.pop3.Pop3State.AUTHORIZATION;
import static dev.junction.pop3.Pop3State.TRANSACTION;

/**
 * Every POP3 verb with the states it is allowed in (RFC 1939, RFC 2449, RFC 2595, RFC 5034).
 * {@code tls}: a login command, refused without TLS unless pop3.allow_plaintext_auth. The session
 * enforces this table once, before any command runs, so commands never repeat these checks.
 */
final class CommandTable {

    record Entry(String verb, Pop3Command command, Set<Pop3State> states, boolean tls) {
    }

    private static final Set<Pop3State> ANY = EnumSet.allOf(Pop3State.class);

    private static final Map<String, Entry> ENTRIES = Stream.of(
            new Entry("CAPA", new CapaCommand(), ANY, false),
            new Entry("STLS", new StlsCommand(), EnumSet.of(AUTHORIZATION), false),
            new Entry("USER", new UserCommand(), EnumSet.of(AUTHORIZATION), true),
            new Entry("PASS", new PassCommand(), EnumSet.of(AUTHORIZATION), true),
            new Entry("AUTH", new AuthCommand(), EnumSet.of(AUTHORIZATION), true),
            new Entry("STAT", new StatCommand(), EnumSet.of(TRANSACTION), false),
            new Entry("LIST", new ListCommand(), EnumSet.of(TRANSACTION), false),
            new Entry("UIDL", new UidlCommand(), EnumSet.of(TRANSACTION), false),
            new Entry("TOP", new TopCommand(), EnumSet.of(TRANSACTION), false),
            new Entry("RETR", new RetrCommand(), EnumSet.of(TRANSACTION), false),
            new Entry("DELE", new DeleCommand(), EnumSet.of(TRANSACTION), false),
            new Entry("RSET", new RsetCommand(), EnumSet.of(TRANSACTION), false),
            new Entry("NOOP", new NoopCommand(), EnumSet.of(TRANSACTION), false),
            new Entry("QUIT", new QuitCommand(), ANY, false)
    ).collect(Collectors.toUnmodifiableMap(Entry::verb, Function.identity()));

    private CommandTable() {
    }

    /** The row for an upper-case verb, or null for an unknown command. */
    static Entry find(String verb) {
        return ENTRIES.get(verb);
    }
}
