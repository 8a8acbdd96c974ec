package dev.junction.net;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Open connections in total and per client address, shared by every listener of one protocol server. */
public final class ConnectionLimits {

    /** Which limit refused a connection; the protocol maps it to its own setting for the log. */
    public enum Limit { TOTAL, PER_ADDRESS }

    private final int maxTotal;
    private final int maxPerAddress;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<InetAddress, Integer> perAddress = new HashMap<>();
    private int total;

    public ConnectionLimits(int maxTotal, int maxPerAddress) {
        this.maxTotal = maxTotal;
        this.maxPerAddress = maxPerAddress;
    }

    /** Counts the connection and returns null, or returns the limit that is reached. */
    public Limit acquire(InetAddress client) {
        lock.lock();
        try {
            int mine = perAddress.getOrDefault(client, 0);
            if (total >= maxTotal) return Limit.TOTAL;
            if (mine >= maxPerAddress) return Limit.PER_ADDRESS;
            total++;
            perAddress.put(client, mine + 1);
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** Connections counted now, for the junction_connections_open gauge. */
    public int open() {
        lock.lock();
        try {
            return total;
        } finally {
            lock.unlock();
        }
    }

    public void release(InetAddress client) {
        lock.lock();
        try {
            total--;
            perAddress.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        } finally {
            lock.unlock();
        }
    }
}
