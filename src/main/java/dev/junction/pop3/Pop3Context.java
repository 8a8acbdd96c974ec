package dev.junction.pop3;

import dev.junction.auth.AuthThrottle;
import dev.junction.directory.Directory;
import dev.junction.net.WriteWatchdog;
import dev.junction.store.BlobStore;
import dev.junction.store.MailboxMessages;
import dev.junction.store.Maildrops;

import javax.net.ssl.SSLContext;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What every POP3 session of the server shares: this host's name, the seams it reads and deletes
 * mail through, the TLS context (null supplier: no TLS), the limits from {@link Pop3Settings},
 * the node's login throttle and the watchdog that bounds every write.
 */
record Pop3Context(String hostname, Directory directory, Maildrops maildrops, MailboxMessages messages,
                   BlobStore blobs, Supplier<SSLContext> tls, boolean allowPlaintextAuth, int maxLineLength,
                   int maxErrors, int maxAuthFailures, Duration idleTimeout, AuthThrottle throttle,
                   WriteWatchdog watchdog) {

    boolean tlsAvailable() {
        return tls != null;
    }

    /**
     * The maildrop lock's lease: longer than a session may sit idle, so a live session never
     * loses it between commands; a crashed holder's lock lapses after it.
     */
    Duration lockLease() {
        return idleTimeout.multipliedBy(2).plusMinutes(1);
    }
}
