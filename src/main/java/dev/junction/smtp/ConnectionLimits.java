package dev.junction.smtp;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** Open connections in total and per client address, shared by every listener of the server. */
final class ConnectionLimits {

    private final int maxTotal;
    private final int maxPerAddress;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<InetAddress, Integer> perAddress = new HashMap<>();
    private int total;

    ConnectionLimits(int maxTotal, int maxPerAddress) {
        this.maxTotal = maxTotal;
        this.maxPerAddress = maxPerAddress;
    }

    /** Counts the connection and returns true, or returns false when a limit is reached. */
    boolean tryAcquire(InetAddress client) {
        lock.lock();
        try {
            int mine = perAddress.getOrDefault(client, 0);
            if (total >= maxTotal || mine >= maxPerAddress) return false;
            total++;
            perAddress.put(client, mine + 1);
            return true;
        } finally {
            lock.unlock();
        }
    }

    void release(InetAddress client) {
        lock.lock();
        try {
            total--;
            perAddress.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        } finally {
            lock.unlock();
        }
    }
}
