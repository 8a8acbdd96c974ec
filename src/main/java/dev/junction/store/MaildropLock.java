package dev.junction.store;

/** A held POP3 maildrop lock; close releases it. */
public interface MaildropLock extends AutoCloseable {

    /** Extends the lease by its length from now; false when it lapsed and someone else took it. */
    boolean renew();

    @Override
    void close();
}
