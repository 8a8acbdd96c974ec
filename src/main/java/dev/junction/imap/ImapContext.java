package dev.junction.imap;

import dev.junction.auth.AuthThrottle;
import dev.junction.directory.Directory;
import dev.junction.imap.protocol.ProtocolLimits;
import dev.junction.net.WriteWatchdog;
import dev.junction.store.BlobStore;
import dev.junction.store.MailStore;
import dev.junction.store.MailboxChanges;
import dev.junction.store.MailboxMessages;
import dev.junction.store.MailboxTree;

import javax.net.ssl.SSLContext;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What every IMAP session of the server shares: this host's name, the store seams (delivery view,
 * hierarchy, messages, change feed, blobs, parsed structures), the TLS context (null supplier: no
 * TLS), the limits from {@link ImapSettings}, the node's login throttle and the write watchdog.
 */
record ImapContext(String hostname, Directory directory, MailStore store, MailboxTree tree,
                   MailboxMessages messages, MailboxChanges changes, BlobStore blobs, MessageStructures structures,
                   Supplier<SSLContext> tls, boolean allowPlaintextAuth, ProtocolLimits limits,
                   Duration idleTimeout, int maxErrors, int maxAuthFailures, AuthThrottle throttle,
                   WriteWatchdog watchdog) {

    boolean tlsAvailable() {
        return tls != null;
    }
}
