package dev.junction.imap;

import dev.junction.imap.protocol.Append;
import dev.junction.imap.protocol.ImapCommand;
import dev.junction.imap.protocol.MailboxCommand;
import dev.junction.imap.protocol.MessageCommand;
import dev.junction.imap.protocol.SessionCommand;
import dev.junction.store.MailboxException;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.junction.imap.ImapState.AUTHENTICATED;
import static dev.junction.imap.ImapState.NOT_AUTHENTICATED;
import static dev.junction.imap.ImapState.SELECTED;

/**
 * Every IMAP command with its handler and the states it is allowed in (RFC 9051 section 6).
 * {@code login}: a command that carries a password, refused without TLS unless
 * imap.allow_plaintext_auth. The session enforces a row once, before the handler runs.
 */
final class CommandTable {

    record Entry<C extends ImapCommand>(Class<C> type, ImapHandler<C> handler, Set<ImapState> states, boolean login) {

        Completion run(ImapSession session, String tag, ImapCommand command)
                throws IOException, ImapException, MailboxException {
            return handler.execute(session, tag, type.cast(command));
        }
    }

    private static final Set<ImapState> ANY = EnumSet.allOf(ImapState.class);
    private static final Set<ImapState> LOGGED_OUT = EnumSet.of(NOT_AUTHENTICATED);
    private static final Set<ImapState> LOGGED_IN = EnumSet.of(AUTHENTICATED, SELECTED);
    private static final Set<ImapState> IN_MAILBOX = EnumSet.of(SELECTED);

    private static final Map<Class<?>, Entry<?>> ENTRIES = Stream.<Entry<?>>of(
            new Entry<>(SessionCommand.Capability.class, new CapabilityCommand(), ANY, false),
            new Entry<>(SessionCommand.Noop.class, new NoopCommand(), ANY, false),
            new Entry<>(SessionCommand.Logout.class, new LogoutCommand(), ANY, false),
            new Entry<>(SessionCommand.Id.class, new IdCommand(), ANY, false),
            new Entry<>(SessionCommand.Enable.class, new EnableCommand(), EnumSet.of(AUTHENTICATED), false),
            new Entry<>(SessionCommand.StartTls.class, new StartTlsCommand(), LOGGED_OUT, false),
            new Entry<>(SessionCommand.Login.class, new LoginCommand(), LOGGED_OUT, true),
            new Entry<>(SessionCommand.Authenticate.class, new AuthenticateCommand(), LOGGED_OUT, true),
            new Entry<>(SessionCommand.Namespace.class, new NamespaceCommand(), LOGGED_IN, false),
            new Entry<>(SessionCommand.Idle.class, new IdleCommand(), LOGGED_IN, false),
            new Entry<>(SessionCommand.Check.class, new CheckCommand(), IN_MAILBOX, false),
            new Entry<>(SessionCommand.Close.class, new CloseCommand(), IN_MAILBOX, false),
            new Entry<>(SessionCommand.Unselect.class, new UnselectCommand(), IN_MAILBOX, false),
            new Entry<>(MailboxCommand.Select.class, new SelectCommand(), LOGGED_IN, false),
            new Entry<>(Append.class, new AppendCommand(), LOGGED_IN, false),
            new Entry<>(MessageCommand.Store.class, new StoreCommand(), IN_MAILBOX, false),
            new Entry<>(MessageCommand.Copy.class, new CopyCommand(), IN_MAILBOX, false),
            new Entry<>(MessageCommand.Move.class, new MoveCommand(), IN_MAILBOX, false),
            new Entry<>(MessageCommand.Expunge.class, new ExpungeCommand(), IN_MAILBOX, false),
            new Entry<>(MailboxCommand.Create.class, new CreateCommand(), LOGGED_IN, false),
            new Entry<>(MailboxCommand.Delete.class, new DeleteCommand(), LOGGED_IN, false),
            new Entry<>(MailboxCommand.Rename.class, new RenameCommand(), LOGGED_IN, false),
            new Entry<>(MailboxCommand.Subscribe.class, new SubscribeCommand(), LOGGED_IN, false),
            new Entry<>(MailboxCommand.Unsubscribe.class, new UnsubscribeCommand(), LOGGED_IN, false),
            new Entry<>(MailboxCommand.ListMailboxes.class, new ListCommand(), LOGGED_IN, false),
            new Entry<>(MailboxCommand.Lsub.class, new LsubCommand(), LOGGED_IN, false),
            new Entry<>(MailboxCommand.Status.class, new StatusCommand(), LOGGED_IN, false),
            new Entry<>(MailboxCommand.GetQuota.class, new GetQuotaCommand(), LOGGED_IN, false),
            new Entry<>(MailboxCommand.GetQuotaRoot.class, new GetQuotaRootCommand(), LOGGED_IN, false),
            new Entry<>(MailboxCommand.SetQuota.class, new SetQuotaCommand(), LOGGED_IN, false),
            new Entry<>(MessageCommand.Fetch.class, new FetchCommand(), IN_MAILBOX, false),
            new Entry<>(MessageCommand.Search.class, new SearchCommand(), IN_MAILBOX, false),
            new Entry<>(MessageCommand.Sort.class, new SortCommand(), IN_MAILBOX, false),
            new Entry<>(MessageCommand.Thread.class, new ThreadCommand(), IN_MAILBOX, false)
    ).collect(Collectors.toUnmodifiableMap(Entry::type, Function.identity()));

    static {
        // Every command the parser can produce has a row: the parser answers unknown verbs itself.
        for (Class<?> family : ImapCommand.class.getPermittedSubclasses()) {
            Class<?>[] commands = family.isSealed() ? family.getPermittedSubclasses() : new Class<?>[] {family};
            for (Class<?> command : commands) {
                if (!ENTRIES.containsKey(command)) throw new ExceptionInInitializerError("no IMAP handler for " + command);
            }
        }
    }

    private CommandTable() {
    }

    /** The row for a parsed command. */
    static Entry<?> find(ImapCommand command) {
        return ENTRIES.get(command instanceof Append ? Append.class : command.getClass());
    }
}
