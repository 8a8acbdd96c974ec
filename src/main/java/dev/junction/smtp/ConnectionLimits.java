package dev.junction.smtp;

import dev.junction.config.Setting;

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

    /** Counts the connection and returns null, or returns the setting whose limit is reached. */
    Setting<Integer> acquire(InetAddress client) {
        lock.lock();
        try {
            int mine = perAddress.getOrDefault(client, 0);
            if (total >= maxTotal) return SmtpSettings.MAX_CONNECTIONS;
            if (mine >= maxPerAddress) return SmtpSettings.MAX_CONNECTIONS_PER_IP;
            total++;
            perAddress.put(client, mine + 1);
            return null;
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
