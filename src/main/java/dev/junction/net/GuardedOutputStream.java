package dev.junction.net;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/** A socket stream whose every write and flush runs under a {@link WriteWatchdog} bound. */
public final class GuardedOutputStream extends FilterOutputStream {

    private final WriteWatchdog watchdog;
    private final Socket raw;
    private final String sessionId;

    GuardedOutputStream(OutputStream out, WriteWatchdog watchdog, Socket raw, String sessionId) {
        super(out);
        this.watchdog = watchdog;
        this.raw = raw;
        this.sessionId = sessionId;
    }

    @Override
    public void write(int b) throws IOException {
        watchdog.bound(raw, sessionId, () -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        watchdog.bound(raw, sessionId, () -> out.write(b, off, len));
    }

    @Override
    public void flush() throws IOException {
        watchdog.bound(raw, sessionId, out::flush);
    }
}
