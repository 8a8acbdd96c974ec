package dev.junction.imap.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Exactly the octets of one literal. Closing it does not close the connection; a client that
 * closes the connection before sending them all is an {@link EOFException}.
 */
final class BoundedInput extends InputStream {

    private final InputStream in;
    private long remaining;

    BoundedInput(InputStream in, long size) {
        this.in = in;
        this.remaining = size;
    }

    long remaining() {
        return remaining;
    }

    @Override
    public int read() throws IOException {
        if (remaining == 0) return -1;
        int b = in.read();
        if (b < 0) throw new EOFException("connection closed inside a literal");
        remaining--;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        if (count == 0) return 0;
        if (remaining == 0) return -1;
        int n = in.read(buffer, offset, (int) Math.min(count, remaining));
        if (n < 0) throw new EOFException("connection closed inside a literal");
        remaining -= n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), remaining);
    }

    /** Reads what the caller left, so the next line starts after the literal. */
    void drain() throws IOException {
        byte[] scratch = new byte[8192];
        while (read(scratch, 0, scratch.length) >= 0) {
            // discarded
        }
    }

    @Override
    public void close() {
        // the connection stays open; the tokenizer drains what is left
    }
}
