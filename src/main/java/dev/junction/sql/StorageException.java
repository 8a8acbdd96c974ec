package dev.junction.sql;

/**
 * The database failed (I/O, lock timeout, lost connection). Callers treat it as a temporary
 * failure: SMTP answers 451, IMAP answers NO, the queue retries later.
 */
public final class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
