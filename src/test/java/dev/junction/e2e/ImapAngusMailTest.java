package dev.junction.e2e;

import dev.junction.imap.ImapRole;
import dev.junction.mail.MailAddress;
import dev.junction.smtp.ListenerRole;
import dev.junction.store.Mailbox;
import dev.junction.store.StoredMessage;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.BodyTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.NotTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.SubjectTerm;
import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * IMAP with a client Junction did not write: Angus Mail's IMAP provider (Jakarta Mail) over
 * STARTTLS and implicit TLS. Messages arrive over SMTP; each test has an account of its own.
 */
class ImapAngusMailTest {

    private static final String SUBJECT = "Grüße aus Köln – 日本語の件名";
    private static final String BODY = "Hallo Bob,\r\nanbei die Zahlen. Schöne Grüße\r\n";
    private static final byte[] ATTACHMENT = attachmentBytes();

    @TempDir
    static Path dir;

    private static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(dir).domain("example.test");
        for (String user : List.of("alice", "bob", "carol", "dave", "erin")) {
            node.account(user + "@example.test", user + "-pass");
        }
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void foldersOverImplicitTls() throws Exception {
        Session session = Session.getInstance(imaps());
        try (Store store = session.getStore("imaps")) {
            store.connect("127.0.0.1", node.port(ImapRole.IMAPS), "carol@example.test", "carol-pass");

            assertThat(names(store.getDefaultFolder().list("*")))
                    .containsExactlyInAnyOrder("INBOX", "Sent", "Drafts", "Trash", "Junk", "Archive");
            assertThat(((IMAPFolder) store.getFolder("Trash")).getAttributes()).contains("\\Trash");
            assertThat(store.getFolder("INBOX").getSeparator()).isEqualTo('/');

            Folder projects = store.getFolder("Projects");
            assertThat(projects.exists()).isFalse();
            assertThat(projects.create(Folder.HOLDS_MESSAGES | Folder.HOLDS_FOLDERS)).isTrue();
            Folder year = projects.getFolder("2026");
            assertThat(year.create(Folder.HOLDS_MESSAGES)).isTrue();
            assertThat(names(projects.list())).containsExactly("Projects/2026");
            year.setSubscribed(true);
            assertThat(names(store.getDefaultFolder().listSubscribed("*"))).contains("Projects/2026", "INBOX");

            Folder done = store.getFolder("Done");
            assertThat(projects.renameTo(done)).isTrue();
            assertThat(store.getFolder("Projects").exists()).isFalse();
            assertThat(store.getFolder("Done/2026").exists()).as("a rename takes the children along").isTrue();
            assertThat(mailboxNames("carol")).contains("Done", "Done/2026").doesNotContain("Projects", "Projects/2026");

            assertThat(store.getFolder("Done").delete(true)).isTrue();
            assertThat(store.getFolder("Done").exists()).isFalse();
            assertThat(mailboxNames("carol")).containsExactlyInAnyOrder("INBOX", "Sent", "Drafts", "Trash", "Junk", "Archive");
        }
    }

    @Test
    void readFlagCopyMoveExpungeAndSearchOverStartTls() throws Exception {
        int submission = node.port(ListenerRole.SUBMISSION);
        Submit.sendWithAttachment(submission, "alice@example.test", "alice-pass", "dave@example.test", SUBJECT, BODY,
                "zahlen.bin", ATTACHMENT);
        node.awaitInbox("dave@example.test", 1);
        Submit.send(submission, "alice@example.test", "alice-pass", "dave@example.test", "plain one", "first plain body\r\n");
        node.awaitInbox("dave@example.test", 2);
        Submit.send(submission, "bob@example.test", "bob-pass", "dave@example.test", "plain two", "second plain body\r\n");
        node.awaitInbox("dave@example.test", 3);

        Session session = Session.getInstance(imapStartTls());
        ProtocolTrace trace = ProtocolTrace.of(session);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", node.port(ImapRole.IMAP), "dave@example.test", "dave-pass");
            assertThat(trace.lines()).anyMatch(l -> l.matches("[A-Z]+\\d+ STARTTLS"));
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            assertThat(inbox.getMode()).isEqualTo(Folder.READ_WRITE);
            assertThat(inbox.getMessageCount()).isEqualTo(3);
            assertThat(inbox.getUIDValidity()).isEqualTo(mailbox("dave", "INBOX").uidValidity());
            assertThat(inbox.getUIDNext()).isEqualTo(4);

            // One FETCH for the list view: envelope, flags, UIDs, structure.
            Message[] messages = inbox.getMessages();
            FetchProfile profile = new FetchProfile();
            profile.add(FetchProfile.Item.ENVELOPE);
            profile.add(FetchProfile.Item.FLAGS);
            profile.add(FetchProfile.Item.CONTENT_INFO);
            profile.add(UIDFolder.FetchProfileItem.UID);
            inbox.fetch(messages, profile);
            assertThat(trace.replyTo("FETCH")).hasValueSatisfying(r -> assertThat(r).matches("[A-Z]+\\d+ OK .*"));
            assertThat(Arrays.stream(messages).map(ImapAngusMailTest::subject)).containsExactly(SUBJECT, "plain one", "plain two");
            assertThat(messages[2].getFrom()).containsExactly(new InternetAddress("bob@example.test"));
            assertThat(Arrays.stream(messages).map(m -> uid(inbox, m))).containsExactly(1L, 2L, 3L);
            assertThat(messages[0].isMimeType("multipart/mixed")).isTrue();
            assertThat(messages[0].isSet(Flags.Flag.SEEN)).isFalse();

            // The parts, each fetched on its own (BODY[1], BODY[2]); reading sets \Seen.
            Multipart parts = (Multipart) messages[0].getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(0).getContent()).isEqualTo(BODY);
            Part file = parts.getBodyPart(1);
            assertThat(file.getFileName()).isEqualTo("zahlen.bin");
            assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
            assertThat(file.getInputStream().readAllBytes()).isEqualTo(ATTACHMENT);
            assertThat(messages[0].isSet(Flags.Flag.SEEN)).isTrue();
            assertThat(stored("dave", "INBOX").getFirst().flags()).contains("\\Seen");

            // Flags, system and keyword, set and cleared.
            messages[1].setFlag(Flags.Flag.FLAGGED, true);
            messages[1].setFlags(new Flags("project-x"), true);
            assertThat(stored("dave", "INBOX").get(1).flags()).containsExactlyInAnyOrder("\\Flagged", "project-x");
            messages[1].setFlag(Flags.Flag.FLAGGED, false);
            assertThat(messages[1].getFlags().getUserFlags()).containsExactly("project-x");
            assertThat(stored("dave", "INBOX").get(1).flags()).containsExactly("project-x");

            // UID access.
            assertThat(subject(inbox.getMessageByUID(3))).isEqualTo("plain two");
            assertThat(inbox.getMessagesByUID(2, UIDFolder.MAXUID)).containsExactly(messages[1], messages[2]);
            assertThat(inbox.getMessageByUID(99)).isNull();

            // Searches run on the server: a NO would make Angus search the messages itself.
            assertThat(inbox.search(new SubjectTerm("aus K"))).as("the encoded-word subject, decoded").containsExactly(messages[0]);
            // After ENABLE UTF8=ACCEPT (which Angus sends whenever it is offered) Angus writes non-ASCII
            // search strings as ISO-8859-1; the server reads octets that are not UTF-8 that way.
            assertThat(inbox.search(new SubjectTerm("Grüße"))).as("a non-ASCII criterion").containsExactly(messages[0]);
            assertThat(trace.replyTo("SEARCH")).hasValueSatisfying(r -> assertThat(r).matches("[A-Z]+\\d+ OK .*"));
            assertThat(trace.replyTo("SEARCH")).hasValueSatisfying(r -> assertThat(r).matches("[A-Z]+\\d+ OK .*"));
            assertThat(trace.lines()).anyMatch(l -> l.matches("[A-Z]+\\d+ SEARCH SUBJECT \"aus K\" ALL"));
            assertThat(inbox.search(new AndTerm(new FromStringTerm("alice"), new BodyTerm("plain body"))))
                    .containsExactly(messages[1]);
            assertThat(inbox.search(new OrTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), true),
                    new FlagTerm(new Flags("project-x"), true)))).containsExactly(messages[0], messages[1]);
            assertThat(inbox.search(new NotTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), true))))
                    .containsExactly(messages[1], messages[2]);
            assertThat(trace.replyTo("SEARCH")).hasValueSatisfying(r -> assertThat(r).matches("[A-Z]+\\d+ OK .*"));

            // COPY and MOVE with UIDPLUS: the new UIDs come back.
            Folder archive = store.getFolder("Archive");
            Folder trash = store.getFolder("Trash");
            AppendUID[] copied = inbox.copyUIDMessages(new Message[] {messages[1]}, archive);
            assertThat(copied).singleElement().satisfies(u -> {
                assertThat(u.uidvalidity).isEqualTo(mailbox("dave", "Archive").uidValidity());
                assertThat(u.uid).isEqualTo(1);
            });
            assertThat(stored("dave", "Archive")).singleElement()
                    .satisfies(m -> assertThat(m.flags()).containsExactly("project-x"));
            List<Message> removed = new CopyOnWriteArrayList<>();
            inbox.addMessageCountListener(new MessageCountAdapter() {
                @Override
                public void messagesRemoved(MessageCountEvent e) {
                    removed.addAll(List.of(e.getMessages()));
                }
            });
            AppendUID[] moved = inbox.moveUIDMessages(new Message[] {messages[2]}, trash);
            assertThat(trace.lines()).anyMatch(l -> l.matches("[A-Z]+\\d+ (UID )?MOVE \\d+ Trash"));
            assertThat(moved).singleElement().satisfies(u -> {
                assertThat(u.uidvalidity).isEqualTo(mailbox("dave", "Trash").uidValidity());
                assertThat(u.uid).isEqualTo(1);
            });
            // The MOVE's EXPUNGE marks the message; Jakarta Mail keeps it in the count until expunge().
            assertThat(messages[2].isExpunged()).isTrue();
            assertThat(stored("dave", "Trash")).singleElement()
                    .satisfies(m -> assertThat(node.text(m)).contains("Subject: plain two"));

            // EXPUNGE of what is marked \Deleted.
            messages[1].setFlag(Flags.Flag.DELETED, true);
            Message[] expunged = inbox.expunge();
            assertThat(trace.lines()).anyMatch(l -> l.matches("\\* 2 EXPUNGE"));
            assertThat(expunged).contains(messages[1]);
            assertThat(inbox.getMessageCount()).isEqualTo(1);
            assertThat(stored("dave", "INBOX")).extracting(StoredMessage::uid).containsExactly(1L);
            await().atMost(TestNode.WAIT).until(() -> removed.containsAll(List.of(messages[1], messages[2])));
            assertThat(removed).doesNotContain(messages[0]);

            inbox.close(false);
            assertThat(stored("dave", "Archive")).hasSize(1);
        }
    }

    @Test
    void appendReturnsTheNewUids() throws Exception {
        Session session = Session.getInstance(imaps());
        try (Store store = session.getStore("imaps")) {
            store.connect("127.0.0.1", node.port(ImapRole.IMAPS), "bob@example.test", "bob-pass");
            IMAPFolder drafts = (IMAPFolder) store.getFolder("Drafts");

            drafts.appendMessages(new Message[] {draft(session, "first draft", "Entwurf eins\r\n")});
            MimeMessage second = draft(session, "zweiter Entwurf – ä", "Entwurf zwei mit Umlauten: äöü\r\n");
            second.setFlag(Flags.Flag.DRAFT, true);
            second.setFlag(Flags.Flag.SEEN, true);
            AppendUID[] uids = drafts.appendUIDMessages(new Message[] {second, draft(session, "third", "drei\r\n")});

            long uidValidity = mailbox("bob", "Drafts").uidValidity();
            assertThat(uids).extracting(u -> u.uidvalidity).containsExactly(uidValidity, uidValidity);
            assertThat(uids).extracting(u -> u.uid).containsExactly(2L, 3L);
            List<StoredMessage> stored = stored("bob", "Drafts");
            assertThat(stored).extracting(StoredMessage::uid).containsExactly(1L, 2L, 3L);
            assertThat(stored.get(1).flags()).containsExactlyInAnyOrder("\\Draft", "\\Seen");

            drafts.open(Folder.READ_ONLY);
            assertThat(drafts.getMessageCount()).isEqualTo(3);
            Message read = drafts.getMessageByUID(2);
            assertThat(read.getSubject()).isEqualTo("zweiter Entwurf – ä");
            assertThat(read.getContent()).isEqualTo("Entwurf zwei mit Umlauten: äöü\r\n");
            assertThat(read.isSet(Flags.Flag.DRAFT)).isTrue();
            drafts.close(false);
        }
    }

    @Test
    void idleSeesADeliveryFromAnotherThread() throws Exception {
        Session session = Session.getInstance(imapStartTls());
        ProtocolTrace trace = ProtocolTrace.of(session);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", node.port(ImapRole.IMAP), "erin@example.test", "erin-pass");
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            assertThat(inbox.getMessageCount()).isZero();
            CountDownLatch added = new CountDownLatch(1);
            inbox.addMessageCountListener(new MessageCountAdapter() {
                @Override
                public void messagesAdded(MessageCountEvent e) {
                    added.countDown();
                }
            });
            int before = trace.size();
            Thread idler = Thread.ofVirtual().start(() -> {
                try {
                    inbox.idle(true); // returns after the first notification
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // Deliver only once the server said it is idling, so that the news comes during IDLE.
            int idle = trace.awaitLine(before, l -> l.matches("[A-Z]+\\d+ IDLE"));
            trace.awaitLine(idle + 1, l -> l.startsWith("+ "));

            Submit.send(node.port(ListenerRole.SUBMISSION), "alice@example.test", "alice-pass", "erin@example.test",
                    "while idling", "news\r\n");

            assertThat(added.await(TestNode.WAIT.toSeconds(), TimeUnit.SECONDS)).as("messagesAdded").isTrue();
            assertThat(idler.join(TestNode.WAIT)).as("idle(true) returned").isTrue();
            List<String> lines = trace.lines();
            assertThat(lines.subList(idle, lines.size())).contains("* 1 EXISTS", "DONE");
            assertThat(inbox.getMessageCount()).isEqualTo(1);
            assertThat(inbox.getMessage(1).getSubject()).isEqualTo("while idling");
            inbox.close(false);
        }
    }

    private static Properties imapStartTls() {
        Properties props = new Properties();
        props.put("mail.imap.starttls.enable", "true");
        props.put("mail.imap.starttls.required", "true");
        props.put("mail.imap.ssl.trust", "*");
        props.put("mail.imap.ssl.checkserveridentity", "false");
        props.put("mail.mime.charset", "UTF-8");
        return props;
    }

    private static Properties imaps() {
        Properties props = new Properties();
        props.put("mail.imaps.ssl.trust", "*");
        props.put("mail.imaps.ssl.checkserveridentity", "false");
        props.put("mail.mime.charset", "UTF-8");
        return props;
    }

    private static MimeMessage draft(Session session, String subject, String body) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("bob@example.test"));
        m.setRecipients(Message.RecipientType.TO, "alice@example.test");
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static String subject(Message m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long uid(IMAPFolder folder, Message m) {
        try {
            return folder.getUID(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Folder[] folders) {
        return Arrays.stream(folders).map(Folder::getFullName).toList();
    }

    private static long accountId(String user) {
        return node.node().directory().account(MailAddress.parse(user + "@example.test")).orElseThrow().id();
    }

    private static Mailbox mailbox(String user, String name) {
        return node.node().mailStore().mailbox(accountId(user), name).orElseThrow();
    }

    private static List<StoredMessage> stored(String user, String mailbox) {
        return node.messages(user + "@example.test", mailbox);
    }

    private static Set<String> mailboxNames(String user) {
        return Set.copyOf(node.node().mailStore().mailboxes(accountId(user)).stream().map(Mailbox::name).toList());
    }

    private static byte[] attachmentBytes() {
        byte[] b = new byte[70_000];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 31 + (i >> 8));
        return b;
    }
}
