package dev.junction.imap;

import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.SessionCommand;

import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * IDLE (RFC 2177, RFC 9051 6.3.13): while the session's thread waits for {@code DONE}, a second
 * virtual thread reports changes to the selected mailbox as they are announced, and says
 * {@code * OK Still here} now and then so that NAT boxes keep the connection. Only that thread
 * writes until DONE arrives; the session stops and joins it before it answers. It is stopped by a
 * flag and a wake-up, not an interrupt: interrupting a thread in a socket write closes the socket.
 */
final class IdleCommand implements ImapHandler<SessionCommand.Idle> {

    private static final Logger LOG = Logger.getLogger("junction.imap");
    static final long KEEPALIVE_MINUTES = 2;

    @Override
    public Completion execute(ImapSession session, String tag, SessionCommand.Idle command)
            throws IOException, ImapException {
        session.write(session.response().continuation("idling"));
        session.flush();
        Reporter reporter = new Reporter(session);
        Thread thread = Thread.ofVirtual().name("imap-idle-" + session.id()).start(reporter);
        String line;
        try {
            line = session.readLine();
        } finally {
            reporter.stop();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while leaving IDLE", e);
            }
        }
        if (line == null) throw new EOFException("client closed during IDLE");
        if (!line.strip().toUpperCase(Locale.ROOT).equals("DONE")) throw ImapException.bad(null, "Expected DONE");
        return Completion.ok("IDLE terminated");
    }

    private static final class Reporter implements Runnable {
        private final ImapSession session;
        private final SelectedMailbox selected;
        private final Semaphore unselected = new Semaphore(0);
        private volatile boolean stopped;

        Reporter(ImapSession session) {
            this.session = session;
            this.selected = session.selected();
        }

        @Override
        public void run() {
            try {
                while (!stopped) {
                    boolean changed = selected != null
                            ? selected.awaitChange(KEEPALIVE_MINUTES, TimeUnit.MINUTES)
                            : unselected.tryAcquire(KEEPALIVE_MINUTES, TimeUnit.MINUTES);
                    if (stopped) break;
                    if (changed) session.reportChanges(true);
                    else session.write(session.response().untagged().condition(Condition.OK).text("Still here").end());
                    session.flush();
                    if (!session.isOpen()) session.abort(); // BYE sent: end the wait for DONE too
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                LOG.log(Level.FINE, "session " + session.id() + ": IDLE report not sent", e);
                session.abort();
            }
        }

        void stop() {
            stopped = true;
            if (selected != null) selected.wake();
            unselected.release();
        }
    }
}
