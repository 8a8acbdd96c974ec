package dev.junction.smtp;

import dev.junction.store.BlobRef;
import dev.junction.store.BlobSink;
import dev.junction.store.BlobStore;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A message streaming into the blob store behind its trace headers. The body stream counts the
 * client's bytes and stops storing them once the size limit is passed, so that the session can
 * read to the end of the data and then refuse the message. Closing without commit discards it.
 */
final class MessageContent implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("junction.smtp");

    private final BlobSink sink;
    private final OutputStream buffered;
    private final int headerSkip;
    private final long maxSize;
    private final OutputStream body = new Body();
    private long size;
    private boolean committed;

    private MessageContent(BlobSink sink, int headerSkip, long maxSize) {
        this.sink = sink;
        this.buffered = new BufferedOutputStream(sink, 64 * 1024);
        this.headerSkip = headerSkip;
        this.maxSize = maxSize;
    }

    /** Creates the blob and writes the Return-Path line, then the Received line. */
    static MessageContent start(BlobStore blobs, String returnPath, String received, long maxSize) throws IOException {
        byte[] rp = returnPath.getBytes(StandardCharsets.UTF_8);
        MessageContent c = new MessageContent(blobs.create(), rp.length, maxSize);
        c.buffered.write(rp);
        c.buffered.write(received.getBytes(StandardCharsets.UTF_8));
        return c;
    }

    /** Where the client's content goes. */
    OutputStream body() {
        return body;
    }

    /** Client bytes received, stored or not. */
    long size() {
        return size;
    }

    boolean tooBig() {
        return size > maxSize;
    }

    /** Length of the Return-Path line, for {@link dev.junction.queue.Spool#enqueue}. */
    int headerSkip() {
        return headerSkip;
    }

    BlobRef commit() throws IOException {
        buffered.flush();
        BlobRef ref = sink.commit();
        committed = true;
        return ref;
    }

    @Override
    public void close() {
        if (committed) return;
        try {
            sink.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "discarding unfinished message", e);
        }
    }

    private final class Body extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            if (++size <= maxSize) buffered.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long room = Math.max(0, maxSize - size);
            size += len;
            if (room > 0) buffered.write(b, off, (int) Math.min(room, len));
        }
    }
}
