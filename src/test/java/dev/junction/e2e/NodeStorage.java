package dev.junction.e2e;

import dev.junction.config.Config;
import dev.junction.directory.Account;
import dev.junction.directory.Directory;
import dev.junction.directory.sql.SqlDirectory;
import dev.junction.mail.MailAddress;
import dev.junction.sql.Database;
import dev.junction.store.MailStore;
import dev.junction.store.Mailbox;
import dev.junction.store.StoredMessage;
import dev.junction.store.file.FileBlobStore;
import dev.junction.store.sql.SqlMailStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stopped node's storage opened from the test, with the node's own classes: the directory
 * to set accounts up before the first start, the mailboxes to count what arrived at the end.
 */
final class NodeStorage implements AutoCloseable {

    private final Database db;
    private final Directory directory;
    private final MailStore store;
    private final FileBlobStore blobs;

    NodeStorage(Path dataDir) throws IOException {
        db = Database.open(Config.of(Map.of("node.data_dir", dataDir.toString())));
        directory = new SqlDirectory(db);
        store = new SqlMailStore(db);
        blobs = new FileBlobStore(dataDir.resolve("blobs"));
    }

    Directory directory() {
        return directory;
    }

    /** A domain, accounts local0..local(n-1) and a group "everyone" holding them all. */
    List<String> createAccounts(String domain, int n) {
        directory.addDomain(domain);
        MailAddress group = MailAddress.parse("everyone@" + domain);
        directory.addGroup(group, "Everyone");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            MailAddress a = MailAddress.parse("local" + i + "@" + domain);
            directory.addAccount(a, "Local " + i, "secret".toCharArray(), 0);
            directory.addMember(group, a);
            addresses.add(a.toString());
        }
        return addresses;
    }

    /** The Message-ID of every message in each account's INBOX, in UID order (duplicates kept). */
    Map<String, List<String>> inboxMessageIds(String domain) throws IOException {
        Map<String, List<String>> byAccount = new LinkedHashMap<>();
        for (Account account : directory.accounts(domain)) {
            List<String> ids = new ArrayList<>();
            Mailbox inbox = store.mailbox(account.id(), "INBOX").orElse(null);
            if (inbox != null) {
                for (StoredMessage m : store.messages(inbox.id())) ids.add(messageId(m));
            }
            byAccount.put(account.address().toString(), ids);
        }
        return byAccount;
    }

    private String messageId(StoredMessage m) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(blobs.open(m.blob().id()), StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null && !line.isEmpty(); line = r.readLine()) {
                if (line.toLowerCase(Locale.ROOT).startsWith("message-id:")) {
                    return line.substring(line.indexOf(':') + 1).strip().replaceAll("^<|>$", "");
                }
            }
        }
        throw new AssertionError("stored message " + m.id() + " has no Message-ID");
    }

    @Override
    public void close() {
        db.close();
    }
}
