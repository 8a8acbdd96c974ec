package dev.junction.pop3;

import dev.junction.store.Maildrops;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens a message's blob before "+OK" is sent, so a missing blob is still an -ERR. */
final class MessageContent {

    private static final Logger LOG = Logger.getLogger("junction.pop3");

    private MessageContent() {
    }

    static InputStream open(Pop3Session session, Maildrops.Entry entry) throws Pop3Exception {
        try {
            return session.context().blobs().open(entry.blob().id());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "session " + session.id() + ": blob of uid " + entry.uid() + " unreadable", e);
            throw new Pop3Exception(Pop3Error.TEMPORARY);
        }
    }
}
