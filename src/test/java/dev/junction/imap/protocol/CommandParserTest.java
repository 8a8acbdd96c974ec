package dev.junction.imap.protocol;

import dev.junction.imap.protocol.FetchAttribute.BodySection;
import dev.junction.imap.protocol.FetchAttribute.Item;
import dev.junction.imap.protocol.FetchAttribute.Partial;
import dev.junction.imap.protocol.MailboxCommand.ListMailboxes;
import dev.junction.imap.protocol.MailboxCommand.Qresync;
import dev.junction.imap.protocol.MailboxCommand.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

import static dev.junction.imap.protocol.ListOptions.Return.CHILDREN;
import static dev.junction.imap.protocol.ListOptions.Selection.RECURSIVEMATCH;
import static dev.junction.imap.protocol.ListOptions.Selection.REMOTE;
import static dev.junction.imap.protocol.ListOptions.Selection.SUBSCRIBED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Session and mailbox commands: examples from RFC 9051, RFC 3501 and the extension RFCs. */
class CommandParserTest {

    static SequenceSet set(String text) {
        return SequenceSet.parse(text);
    }

    static Stream<Arguments> sessionAndMailboxCommands() {
        Map<String, String> id = new LinkedHashMap<>();
        id.put("name", "sodr");
        id.put("version", "19.34");
        id.put("vendor", "Pink Floyd Music Limited");
        return Stream.of(
                arguments("a001 CAPABILITY", new SessionCommand.Capability()),
                arguments("a002 noop", new SessionCommand.Noop()),
                arguments("A023 LOGOUT", new SessionCommand.Logout()),
                arguments("a002 STARTTLS", new SessionCommand.StartTls()),
                arguments("A001 AUTHENTICATE GSSAPI", new SessionCommand.Authenticate("GSSAPI", null)),
                arguments("a AUTHENTICATE plain dGVzdAB0ZXN0AHRlc3Q=",
                        new SessionCommand.Authenticate("PLAIN", "dGVzdAB0ZXN0AHRlc3Q=")),
                arguments("a AUTHENTICATE EXTERNAL =", new SessionCommand.Authenticate("EXTERNAL", "")),
                arguments("a001 LOGIN SMITH SESAME", new SessionCommand.Login("SMITH", "SESAME")),
                arguments("a LOGIN \"joe \\\"q\\\"\" \"p\\\\w\"", new SessionCommand.Login("joe \"q\"", "p\\w")),
                arguments("A001 LOGIN {11+}\nFRED FOOBAR {7+}\nfat man", new SessionCommand.Login("FRED FOOBAR", "fat man")),
                arguments("t1 ENABLE CONDSTORE X-GOOD-IDEA", new SessionCommand.Enable(List.of("CONDSTORE", "X-GOOD-IDEA"))),
                arguments("a023 ID (\"name\" \"sodr\" \"version\" \"19.34\" \"vendor\" \"Pink Floyd Music Limited\")",
                        new SessionCommand.Id(id)),
                arguments("a ID NIL", new SessionCommand.Id(Map.of())),
                arguments("A001 NAMESPACE", new SessionCommand.Namespace()),
                arguments("a IDLE", new SessionCommand.Idle()),
                arguments("FXXZ CHECK", new SessionCommand.Check()),
                arguments("A341 CLOSE", new SessionCommand.Close()),
                arguments("a UNSELECT", new SessionCommand.Unselect()),
                arguments("A142 SELECT INBOX", new Select("INBOX", false, false, null)),
                arguments("A142 SELECT inbox", new Select("INBOX", false, false, null)),
                arguments("A932 EXAMINE blurdybloop", new Select("blurdybloop", true, false, null)),
                arguments("a SELECT INBOX (CONDSTORE)", new Select("INBOX", false, true, null)),
                arguments("A02 SELECT INBOX (QRESYNC (67890007 20050715194045000 41,43:211,214:541))",
                        new Select("INBOX", false, false,
                                new Qresync(67890007, 20050715194045000L, set("41,43:211,214:541"), null, null))),
                arguments("B02 SELECT INBOX (QRESYNC (67890007 90060115194045000 1:29997 "
                                + "(5000,7500,9000,9990:9999 15000,22500,27000,29970,29973)))",
                        new Select("INBOX", false, false, new Qresync(67890007, 90060115194045000L, set("1:29997"),
                                set("5000,7500,9000,9990:9999"), set("15000,22500,27000,29970,29973")))),
                arguments("a SELECT INBOX (QRESYNC (1 2 (3 4)) CONDSTORE)",
                        new Select("INBOX", false, true, new Qresync(1, 2, null, set("3"), set("4")))),
                arguments("a SELECT ~peter/mail/&U,BTFw-/&ZeVnLIqe-",
                        new Select("~peter/mail/台北/日本語", false, false, null)),
                arguments("A003 CREATE owatagusiam/", new MailboxCommand.Create("owatagusiam/", List.of())),
                arguments("t1 CREATE \"Important Messages\" (USE (\\Important))",
                        new MailboxCommand.Create("Important Messages", List.of("\\Important"))),
                arguments("A683 DELETE blurdybloop", new MailboxCommand.Delete("blurdybloop")),
                arguments("A683 RENAME blurdybloop sarasoop", new MailboxCommand.Rename("blurdybloop", "sarasoop")),
                arguments("A002 SUBSCRIBE #news.comp.mail.mime", new MailboxCommand.Subscribe("#news.comp.mail.mime")),
                arguments("A002 UNSUBSCRIBE #news.comp.mail.mime", new MailboxCommand.Unsubscribe("#news.comp.mail.mime")),
                arguments("A101 LIST \"\" \"\"", new ListMailboxes("", List.of(""), ListOptions.NONE, false)),
                arguments("A202 LIST ~/Mail/ %", new ListMailboxes("~/Mail/", List.of("%"), ListOptions.NONE, false)),
                arguments("A102 LIST #news.comp.mail.misc \"\"",
                        new ListMailboxes("#news.comp.mail.misc", List.of(""), ListOptions.NONE, false)),
                arguments("A02 LIST (SUBSCRIBED) \"\" \"*\"", new ListMailboxes("", List.of("*"),
                        new ListOptions(Set.of(SUBSCRIBED), Set.of(), List.of()), true)),
                arguments("A03 LIST () \"\" \"%\" RETURN (CHILDREN)", new ListMailboxes("", List.of("%"),
                        new ListOptions(Set.of(), Set.of(CHILDREN), List.of()), true)),
                arguments("A04 LIST (REMOTE) \"\" \"%\" RETURN (CHILDREN)", new ListMailboxes("", List.of("%"),
                        new ListOptions(Set.of(REMOTE), Set.of(CHILDREN), List.of()), true)),
                arguments("C04 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" \"%\"", new ListMailboxes("", List.of("%"),
                        new ListOptions(Set.of(SUBSCRIBED, RECURSIVEMATCH), Set.of(), List.of()), true)),
                arguments("BBB LIST \"\" (\"INBOX\" \"Drafts\" \"Sent/%\")", new ListMailboxes("",
                        List.of("INBOX", "Drafts", "Sent/%"), ListOptions.NONE, true)),
                arguments("A01 LIST \"\" % RETURN (STATUS (MESSAGES UNSEEN))", new ListMailboxes("", List.of("%"),
                        new ListOptions(Set.of(), Set.of(ListOptions.Return.STATUS),
                                List.of(StatusItem.MESSAGES, StatusItem.UNSEEN)), true)),
                arguments("t3 LIST (SPECIAL-USE) \"\" \"*\" RETURN (SPECIAL-USE)", new ListMailboxes("", List.of("*"),
                        new ListOptions(Set.of(ListOptions.Selection.SPECIAL_USE), Set.of(ListOptions.Return.SPECIAL_USE),
                                List.of()), true)),
                arguments("A002 LSUB \"#news.\" \"comp.mail.*\"", new MailboxCommand.Lsub("#news.", "comp.mail.*")),
                arguments("A042 STATUS blurdybloop (UIDNEXT MESSAGES)",
                        new MailboxCommand.Status("blurdybloop", List.of(StatusItem.UIDNEXT, StatusItem.MESSAGES))),
                arguments("A043 STATUS INBOX (HIGHESTMODSEQ DELETED SIZE)", new MailboxCommand.Status("INBOX",
                        List.of(StatusItem.HIGHESTMODSEQ, StatusItem.DELETED, StatusItem.SIZE))),
                arguments("A044 STATUS INBOX (DELETED-STORAGE APPENDLIMIT)", new MailboxCommand.Status("INBOX",
                        List.of(StatusItem.DELETED_STORAGE, StatusItem.APPENDLIMIT))),
                arguments("G0001 GETQUOTA \"!partition/sda4\"", new MailboxCommand.GetQuota("!partition/sda4")),
                arguments("G0002 GETQUOTAROOT INBOX", new MailboxCommand.GetQuotaRoot("INBOX")),
                arguments("S0000 SETQUOTA \"User quota\" (STORAGE 512)",
                        new MailboxCommand.SetQuota("User quota", Map.of("STORAGE", 512L))),
                arguments("S0001 SETQUOTA \"\" ()", new MailboxCommand.SetQuota("", Map.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessionAndMailboxCommands")
    void parsesSessionAndMailboxCommands(String line, ImapCommand expected) throws Exception {
        assertThat(Wire.parse(line)).isEqualTo(expected);
    }

    static Stream<Arguments> messageCommands() {
        return Stream.of(
                arguments("A202 EXPUNGE", new MessageCommand.Expunge(null)),
                arguments("A003 UID EXPUNGE 3000:3002", new MessageCommand.Expunge(set("3000:3002"))),
                arguments("A003 COPY 2:4 MEETING", new MessageCommand.Copy(false, set("2:4"), "MEETING")),
                arguments("a UID MOVE 42:69 foo", new MessageCommand.Move(true, set("42:69"), "foo")),
                arguments("A003 STORE 2:4 +FLAGS (\\Deleted)", new MessageCommand.Store(false, set("2:4"),
                        MessageCommand.Store.Mode.ADD, false, List.of("\\Deleted"), OptionalLong.empty())),
                arguments("a STORE 1 FLAGS.SILENT \\seen $Forwarded", new MessageCommand.Store(false, set("1"),
                        MessageCommand.Store.Mode.REPLACE, true, List.of("\\Seen", "$Forwarded"), OptionalLong.empty())),
                arguments("a UID STORE 1:* -FLAGS ()", new MessageCommand.Store(true, set("1:*"),
                        MessageCommand.Store.Mode.REMOVE, false, List.of(), OptionalLong.empty())),
                arguments("d105 STORE 7,5,9 (UNCHANGEDSINCE 320162338) +FLAGS.SILENT (\\Deleted)",
                        new MessageCommand.Store(false, set("7,5,9"), MessageCommand.Store.Mode.ADD, true,
                                List.of("\\Deleted"), OptionalLong.of(320162338))),
                arguments("a103 UID STORE 6,4,8 (UNCHANGEDSINCE 12121230045) +FLAGS.SILENT (\\Deleted)",
                        new MessageCommand.Store(true, set("6,4,8"), MessageCommand.Store.Mode.ADD, true,
                                List.of("\\Deleted"), OptionalLong.of(12121230045L))),
                arguments("A999 UID FETCH 4827313:4828442 FLAGS", new MessageCommand.Fetch(true,
                        set("4827313:4828442"), List.of(Item.FLAGS), OptionalLong.empty(), false)),
                arguments("A654 FETCH 2:4 (FLAGS BODY[HEADER.FIELDS (DATE FROM)])", new MessageCommand.Fetch(false,
                        set("2:4"), List.of(Item.FLAGS, new BodySection(new Section(List.of(),
                                Section.Text.HEADER_FIELDS, List.of("DATE", "FROM")), false, null)),
                        OptionalLong.empty(), false)),
                arguments("a FETCH 12 FULL", new MessageCommand.Fetch(false, set("12"), List.of(Item.FLAGS,
                        Item.INTERNALDATE, Item.RFC822_SIZE, Item.ENVELOPE, Item.BODY), OptionalLong.empty(), false)),
                arguments("a FETCH 1:3 fast", new MessageCommand.Fetch(false, set("1:3"),
                        List.of(Item.FLAGS, Item.INTERNALDATE, Item.RFC822_SIZE), OptionalLong.empty(), false)),
                arguments("a FETCH * ALL", new MessageCommand.Fetch(false, set("*"), List.of(Item.FLAGS,
                        Item.INTERNALDATE, Item.RFC822_SIZE, Item.ENVELOPE), OptionalLong.empty(), false)),
                arguments("a FETCH 1 (BODY.PEEK[1.2.MIME] BODY[]<0.2048> BODY[3.HEADER.FIELDS.NOT (Received)])",
                        new MessageCommand.Fetch(false, set("1"), List.of(
                                new BodySection(new Section(List.of(1, 2), Section.Text.MIME, List.of()), true, null),
                                new BodySection(Section.WHOLE, false, new Partial(0, 2048)),
                                new BodySection(new Section(List.of(3), Section.Text.HEADER_FIELDS_NOT,
                                        List.of("Received")), false, null)),
                                OptionalLong.empty(), false)),
                arguments("a FETCH 1 (BODY[TEXT] BODY[1.2] BODYSTRUCTURE RFC822 RFC822.HEADER RFC822.TEXT UID)",
                        new MessageCommand.Fetch(false, set("1"), List.of(
                                new BodySection(new Section(List.of(), Section.Text.TEXT, List.of()), false, null),
                                new BodySection(new Section(List.of(1, 2), Section.Text.ALL, List.of()), false, null),
                                Item.BODYSTRUCTURE, Item.RFC822, Item.RFC822_HEADER, Item.RFC822_TEXT, Item.UID),
                                OptionalLong.empty(), false)),
                arguments("a FETCH 1 (BINARY.PEEK[1.2]<10.20> BINARY[] BINARY.SIZE[1])",
                        new MessageCommand.Fetch(false, set("1"), List.of(
                                new FetchAttribute.Binary(List.of(1, 2), true, new Partial(10, 20)),
                                new FetchAttribute.Binary(List.of(), false, null),
                                new FetchAttribute.BinarySize(List.of(1))), OptionalLong.empty(), false)),
                arguments("s100 UID FETCH 300:500 (FLAGS) (CHANGEDSINCE 12345 VANISHED)", new MessageCommand.Fetch(
                        true, set("300:500"), List.of(Item.FLAGS), OptionalLong.of(12345), true)),
                arguments("a FETCH 1:* (FLAGS MODSEQ) (CHANGEDSINCE 12345)", new MessageCommand.Fetch(false,
                        set("1:*"), List.of(Item.FLAGS, Item.MODSEQ), OptionalLong.of(12345), false)),
                arguments("a UID FETCH $ (UID)", new MessageCommand.Fetch(true, SequenceSet.SAVED, List.of(Item.UID),
                        OptionalLong.empty(), false)),
                arguments("A282 SORT (SUBJECT) UTF-8 SINCE 1-Feb-1994", new MessageCommand.Sort(false,
                        List.of(new SortCriterion(SortCriterion.Key.SUBJECT, false)), "UTF-8",
                        new SearchKey.Date(SearchKey.Date.Field.INTERNAL, SearchKey.Date.Comparison.SINCE,
                                java.time.LocalDate.of(1994, 2, 1)))),
                arguments("A283 UID SORT (SUBJECT REVERSE DATE) UTF-8 ALL", new MessageCommand.Sort(true,
                        List.of(new SortCriterion(SortCriterion.Key.SUBJECT, false),
                                new SortCriterion(SortCriterion.Key.DATE, true)), "UTF-8", new SearchKey.All())),
                arguments("A283 THREAD ORDEREDSUBJECT UTF-8 SINCE 5-MAR-2000", new MessageCommand.Thread(false,
                        ThreadAlgorithm.ORDEREDSUBJECT, "UTF-8", new SearchKey.Date(SearchKey.Date.Field.INTERNAL,
                        SearchKey.Date.Comparison.SINCE, java.time.LocalDate.of(2000, 3, 5)))),
                arguments("A284 UID THREAD REFERENCES US-ASCII TEXT \"gewp\"", new MessageCommand.Thread(true,
                        ThreadAlgorithm.REFERENCES, "US-ASCII", new SearchKey.Text("gewp"))),
                arguments("a SEARCH 2:4 UID 1,3", new MessageCommand.Search(false, null, new SearchKey.And(List.of(
                        new SearchKey.Sequence(set("2:4"), false), new SearchKey.Sequence(set("1,3"), true))), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messageCommands")
    void parsesMessageCommands(String line, ImapCommand expected) throws Exception {
        assertThat(Wire.parse(line)).isEqualTo(expected);
    }
}
