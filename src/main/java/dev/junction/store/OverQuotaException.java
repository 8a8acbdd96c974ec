package dev.junction.store;

/** The account has no room for the message. */
public final class OverQuotaException extends Exception {

    public OverQuotaException(String message) {
        super(message);
    }
}
