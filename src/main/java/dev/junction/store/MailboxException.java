package dev.junction.store;

/**
 * A mailbox operation the store refuses. The code names the IMAP response code
 * (RFC 5530, RFC 9051 HASCHILDREN, RFC 6154 USEATTR) the protocol layer answers with.
 */
public final class MailboxException extends Exception {

    public enum Code {
        /** No such mailbox, or it is a {@code \Noselect} name where messages are needed. */
        NONEXISTENT,
        ALREADYEXISTS,
        /** Deleting a {@code \Noselect} name that still has inferiors. */
        HASCHILDREN,
        /** Not allowed at all: deleting INBOX, renaming a mailbox into itself, crossing accounts. */
        CANNOT,
        /** A special-use attribute the store does not know. */
        USEATTR
    }

    private final Code code;

    public MailboxException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
