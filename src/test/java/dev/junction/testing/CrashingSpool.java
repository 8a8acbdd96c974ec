package dev.junction.testing;

import dev.junction.queue.Spool;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A spool that "crashes" after a number of writes: the next write and every call after it
 * throw, as if the process had died there. What was written before stays in the real spool, which
 * a restarted queue manager then opens.
 */
public final class CrashingSpool {

    public final Spool spool;
    private final AtomicBoolean crashed = new AtomicBoolean();

    public CrashingSpool(Spool real, int writesBeforeCrash) {
        AtomicInteger writes = new AtomicInteger();
        this.spool = (Spool) Proxy.newProxyInstance(Spool.class.getClassLoader(), new Class<?>[] {Spool.class}, (p, m, args) -> {
            boolean write = m.getName().startsWith("record") || m.getName().startsWith("enqueue");
            if (crashed.get() || (write && writes.incrementAndGet() > writesBeforeCrash)) {
                crashed.set(true);
                throw new IllegalStateException("crashed");
            }
            try {
                return m.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    public boolean crashed() {
        return crashed.get();
    }
}
