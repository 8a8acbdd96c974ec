package dev.junction.smtp;

import dev.junction.auth.AuthThrottle;
import dev.junction.directory.Directory;
import dev.junction.mail.MailAddress;
import dev.junction.queue.Spool;
import dev.junction.net.WriteWatchdog;
import dev.junction.store.BlobStore;

import javax.net.ssl.SSLContext;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * What every session of the server shares: this host's name, the seams it hands mail to, the
 * TLS context (null supplier: no TLS), the relay networks, the limits from {@link SmtpSettings}
 * the node's login throttle and the watchdog that bounds every write. {@code postmaster} is smtp.postmaster, or null when
 * the bare Postmaster goes to postmaster@ the first local domain.
 */
record SmtpContext(String hostname, Directory directory, BlobStore blobs, Spool spool, Supplier<SSLContext> tls,
                   List<CidrBlock> relayNetworks, boolean allowPlaintextAuth, int maxLineLength, long maxMessageSize,
                   int maxRecipients, int maxErrors, int maxAuthFailures, Duration idleTimeout,
                   MailAddress postmaster, boolean enforceSenderLogin, AuthThrottle throttle,
                   WriteWatchdog watchdog) {

    boolean tlsAvailable() {
        return tls != null;
    }

    boolean mayRelay(InetAddress client) {
        return relayNetworks.stream().anyMatch(block -> block.contains(client));
    }

    /** Past this many bytes of one message the client is not worth reading to the end. */
    long abandonSize() {
        return maxMessageSize * 2 + (1 << 20);
    }
}
