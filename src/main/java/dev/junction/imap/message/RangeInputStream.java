package dev.junction.imap.message;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The octets [start, end) of a raw message stream; closing it closes the underlying stream. */
final class RangeInputStream extends FilterInputStream {

    private long remaining;

    private RangeInputStream(InputStream in, long length) {
        super(in);
        this.remaining = length;
    }

    /** At most {@code length} octets of a stream that is already positioned. */
    static InputStream limit(InputStream in, long length) {
        return new RangeInputStream(in, length);
    }

    static InputStream open(RawSource raw, long start, long end) throws IOException {
        InputStream in = raw.open();
        try {
            in.skipNBytes(start);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new RangeInputStream(in, Math.max(0, end - start));
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int b = super.read();
        if (b >= 0) {
            remaining--;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, remaining));
        if (n > 0) {
            remaining -= n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, remaining));
        remaining -= skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(super.available(), remaining);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
