package dev.junction.auth;

import dev.junction.config.Config;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * Slows down and then refuses password guessing, for every protocol of the node. A protocol asks
 * {@link #admit} before it checks a password, then reports {@link #failed} or {@link #succeeded}:
 * <pre>
 *   if (!throttle.admit(ip, login)) reply "try later";
 *   Optional&lt;Account&gt; a = directory.authenticate(login, password);
 *   if (a.isEmpty()) throttle.failed(ip, login); else throttle.succeeded(ip, login);
 * </pre>
 * After auth.delay_after failures (of the address or of the login name) each attempt waits,
 * auth.delay doubling per failure up to auth.max_delay. After auth.lockout_failures failures
 * from one address inside auth.window, that address is refused for auth.lockout. Login names are
 * delayed but never locked, so nobody can lock a user out by guessing at their name.
 */
public final class AuthThrottle {

    private static final Logger LOG = Logger.getLogger("junction.auth");
    private static final int MAX_LOGIN_KEY = 320;

    private final int delayAfter;
    private final Duration delay;
    private final Duration maxDelay;
    private final int lockoutFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReentrantLock lock = new ReentrantLock();
    private final FailureTable byAddress;
    private final FailureTable byLogin;

    /** The node's throttle: the system clock, waits that block the calling thread. */
    public AuthThrottle(Config config) {
        this(config, Clock.systemUTC(), Sleeper.THREAD);
    }

    public AuthThrottle(Config config, Clock clock, Sleeper sleeper) {
        this.delayAfter = config.get(AuthSettings.DELAY_AFTER);
        this.delay = config.get(AuthSettings.DELAY);
        this.maxDelay = config.get(AuthSettings.MAX_DELAY);
        this.lockoutFailures = config.get(AuthSettings.LOCKOUT_FAILURES);
        this.lockout = config.get(AuthSettings.LOCKOUT);
        this.clock = clock;
        this.sleeper = sleeper;
        Duration window = config.get(AuthSettings.WINDOW);
        int capacity = config.get(AuthSettings.MAX_TRACKED);
        this.byAddress = new FailureTable(window, capacity);
        this.byLogin = new FailureTable(window, capacity);
    }

    /**
     * Before a password is checked: false when the client's address is locked out (logged at
     * WARNING); otherwise waits the delay its failures have earned and returns true.
     */
    public boolean admit(InetAddress client, String login) {
        Instant now = clock.instant();
        String address = addressKey(client);
        int failures;
        Instant lockedUntil = null;
        lock.lock();
        try {
            FailureTable.Tally a = byAddress.find(address, now);
            FailureTable.Tally l = byLogin.find(loginKey(login), now);
            if (a != null && a.lockedUntil != null && now.isBefore(a.lockedUntil)) lockedUntil = a.lockedUntil;
            failures = Math.max(a == null ? 0 : a.failures, l == null ? 0 : l.failures);
        } finally {
            lock.unlock();
        }
        if (lockedUntil != null) {
            Instant until = lockedUntil;
            LOG.warning(() -> "login refused: ip=" + address + " login=" + printable(login) + " locked until " + until);
            return false;
        }
        Duration wait = delayFor(failures);
        if (!wait.isZero()) sleeper.sleep(wait);
        return true;
    }

    /** A wrong password, unknown login or disabled account. */
    public void failed(InetAddress client, String login) {
        Instant now = clock.instant();
        String address = addressKey(client);
        boolean lockedNow = false;
        lock.lock();
        try {
            FailureTable.Tally a = byAddress.fail(address, now);
            byLogin.fail(loginKey(login), now);
            if (a.failures >= lockoutFailures && (a.lockedUntil == null || !now.isBefore(a.lockedUntil))) {
                a.lockedUntil = now.plus(lockout);
                lockedNow = true;
            }
        } finally {
            lock.unlock();
        }
        if (lockedNow) {
            LOG.warning(() -> "login locked out: ip=" + address + " login=" + printable(login) + " after "
                    + lockoutFailures + " failures, for " + lockout);
        }
    }

    /**
     * A correct login clears the name's failures. The address keeps its own, or one valid
     * account would let a client reset its count between guesses at others.
     */
    public void succeeded(InetAddress client, String login) {
        lock.lock();
        try {
            byLogin.forget(loginKey(login));
        } finally {
            lock.unlock();
        }
    }

    Duration delayFor(int failures) {
        if (failures < delayAfter || delay.isZero()) return Duration.ZERO;
        int doublings = Math.min(failures - delayAfter, 20);
        Duration d = delay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    int tracked() {
        lock.lock();
        try {
            return byAddress.size() + byLogin.size();
        } finally {
            lock.unlock();
        }
    }

    /** IPv4 per address; IPv6 per /64, since one host usually holds a whole /64. */
    static String addressKey(InetAddress client) {
        if (!(client instanceof Inet6Address)) return client.getHostAddress();
        byte[] prefix = Arrays.copyOf(client.getAddress(), 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are an IPv6 address", e);
        }
    }

    private static String loginKey(String login) {
        String key = login == null ? "" : login.toLowerCase(Locale.ROOT);
        return key.length() > MAX_LOGIN_KEY ? key.substring(0, MAX_LOGIN_KEY) : key;
    }

    /** The login as it may appear in the log: bounded, without control characters. */
    private static String printable(String login) {
        String s = login == null ? "" : login;
        if (s.length() > 100) s = s.substring(0, 100) + "...";
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
